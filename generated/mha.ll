; ModuleID = 'mha'
source_filename = "mha"
target triple = "x86_64-unknown-linux-gnu"

@mha.name = private unnamed_addr constant [4 x i8] c"mha\00"
@mha.spec = private unnamed_addr constant [248 x i8] c"attncc: 1\0Aname: mha\0Aphase: decode\0Aheads: {q: 32, kv: 32, dim: 128, v_dim: 128}\0Atypes: {q: f32, cache: f32, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 4096}\0Amask: {causal: false}\0Aoutput: {lse: false}\0A\00"
@mha_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float } { i32 1, i32 1, i64 -3442643859020523575, ptr @mha.name, ptr @mha.spec, i32 32, i32 32, i32 128, i32 128, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 4096, i32 0, i32 0, float 0x3FB6A09E60000000 }, align 8
@mha_kernel = internal constant { ptr, ptr, i32, i32, i32, i32 } { ptr @mha_info_data, ptr @mha_tile, i32 1, i32 1, i32 16, i32 256 }, align 8

; Function Attrs: nounwind
define internal void @mha_tile(ptr %0, ptr %1) #0 {
entry:
  %accs = alloca [128 x float], align 64
  %pbuf = alloca [64 x float], align 64
  %dbuf = alloca [64 x <16 x float>], align 64
  %qs = alloca [8 x <16 x float>], align 64
  %q_row0 = load i64, ptr %1, align 4
  %2 = getelementptr i8, ptr %1, i64 8
  %seq = load i32, ptr %2, align 4
  %3 = getelementptr i8, ptr %1, i64 12
  %kv_head = load i32, ptr %3, align 4
  %4 = getelementptr i8, ptr %1, i64 16
  %h_begin = load i32, ptr %4, align 4
  %5 = getelementptr i8, ptr %1, i64 20
  %h_end = load i32, ptr %5, align 4
  %nh = sub i32 %h_end, %h_begin
  %6 = getelementptr i8, ptr %1, i64 24
  %q_begin = load i32, ptr %6, align 4
  %7 = getelementptr i8, ptr %1, i64 28
  %q_end = load i32, ptr %7, align 4
  %8 = sub i32 %q_end, %q_begin
  %nrows = mul i32 %8, %nh
  %9 = getelementptr i8, ptr %1, i64 36
  %k_begin = load i32, ptr %9, align 4
  %10 = getelementptr i8, ptr %1, i64 40
  %k_end = load i32, ptr %10, align 4
  %11 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %11, align 8
  %12 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %12, align 8
  %13 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %14, align 8
  %15 = sext i32 %seq to i64
  %16 = sext i32 %kv_head to i64
  %17 = shl nsw i64 %15, 26
  %18 = shl nsw i64 %16, 9
  %19 = add nsw i64 %17, %18
  %20 = getelementptr i8, ptr %k_cache, i64 %19
  %21 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %21, align 8
  %22 = getelementptr i8, ptr %v_cache, i64 %19
  %23 = icmp sgt i32 %nrows, 0
  br i1 %23, label %body.critedge, label %done

done:                                             ; preds = %orow52, %entry
  ret void

body.critedge:                                    ; preds = %entry
  %24 = call i32 @llvm.smin.i32(i32 %nrows, i32 1)
  %25 = add nsw i32 %24, -1
  %26 = sdiv i32 %25, %nh
  %qi = add i32 %q_begin, %26
  %27 = srem i32 %25, %nh
  %h = add i32 %h_begin, %27
  %hq = add i32 %kv_head, %h
  %28 = sext i32 %qi to i64
  %29 = add i64 %q_row0, %28
  %30 = sext i32 %hq to i64
  %31 = shl i64 %29, 14
  %32 = shl nsw i64 %30, 9
  %33 = getelementptr i8, ptr %q, i64 %31
  %34 = getelementptr i8, ptr %33, i64 %32
  br label %chunk

exit:                                             ; preds = %acczero
  %k_last = add i32 %k_end, -1
  %q18 = load <16 x float>, ptr %qs, align 64
  %35 = getelementptr inbounds i8, ptr %qs, i64 64
  %q19 = load <16 x float>, ptr %35, align 64
  %36 = getelementptr inbounds i8, ptr %qs, i64 128
  %q20 = load <16 x float>, ptr %36, align 64
  %37 = getelementptr inbounds i8, ptr %qs, i64 192
  %q21 = load <16 x float>, ptr %37, align 64
  %38 = getelementptr inbounds i8, ptr %qs, i64 256
  %q22 = load <16 x float>, ptr %38, align 64
  %39 = getelementptr inbounds i8, ptr %qs, i64 320
  %q23 = load <16 x float>, ptr %39, align 64
  %40 = getelementptr inbounds i8, ptr %qs, i64 384
  %q24 = load <16 x float>, ptr %40, align 64
  %41 = getelementptr inbounds i8, ptr %qs, i64 448
  %q25 = load <16 x float>, ptr %41, align 64
  %42 = insertelement <16 x i32> poison, i32 %k_end, i64 0
  %splat30 = shufflevector <16 x i32> %42, <16 x i32> poison, <16 x i32> zeroinitializer
  %43 = getelementptr inbounds i8, ptr %accs, i64 64
  %44 = getelementptr inbounds i8, ptr %accs, i64 128
  %45 = getelementptr inbounds i8, ptr %accs, i64 192
  %46 = getelementptr inbounds i8, ptr %accs, i64 256
  %47 = getelementptr inbounds i8, ptr %accs, i64 320
  %48 = getelementptr inbounds i8, ptr %accs, i64 384
  %49 = getelementptr inbounds i8, ptr %accs, i64 448
  %accs.promoted = load <16 x float>, ptr %accs, align 64
  %.promoted = load <16 x float>, ptr %43, align 64
  %.promoted92 = load <16 x float>, ptr %44, align 64
  %.promoted94 = load <16 x float>, ptr %45, align 64
  %.promoted96 = load <16 x float>, ptr %46, align 64
  %.promoted98 = load <16 x float>, ptr %47, align 64
  %.promoted100 = load <16 x float>, ptr %48, align 64
  %.promoted102 = load <16 x float>, ptr %49, align 64
  br label %kblock

chunk:                                            ; preds = %body2, %body.critedge
  %chunk5 = phi i64 [ 0, %body.critedge ], [ %56, %body2 ]
  %50 = icmp ult i64 %chunk5, 8
  br i1 %50, label %body2, label %acczero

body2:                                            ; preds = %chunk
  %51 = shl nuw nsw i64 %chunk5, 6
  %52 = getelementptr i8, ptr %34, i64 %51
  %53 = load <16 x float>, ptr %52, align 4
  %54 = fmul <16 x float> %53, <float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000>
  %55 = getelementptr <16 x float>, ptr %qs, i64 %chunk5
  store <16 x float> %54, ptr %55, align 64
  %56 = add nuw nsw i64 %chunk5, 1
  br label %chunk

acczero:                                          ; preds = %chunk, %body6
  %acczero9 = phi i64 [ %59, %body6 ], [ 0, %chunk ]
  %57 = icmp ult i64 %acczero9, 8
  br i1 %57, label %body6, label %exit

body6:                                            ; preds = %acczero
  %.idx84 = shl nuw nsw i64 %acczero9, 6
  %58 = getelementptr i8, ptr %accs, i64 %.idx84
  store <16 x float> zeroinitializer, ptr %58, align 64
  %59 = add nuw nsw i64 %acczero9, 1
  br label %acczero

kblock:                                           ; preds = %exit49, %exit
  %pacc.sroa.28.0.lcssa103 = phi <16 x float> [ %.promoted102, %exit ], [ %pacc.sroa.28.0, %exit49 ]
  %pacc.sroa.24.0.lcssa101 = phi <16 x float> [ %.promoted100, %exit ], [ %pacc.sroa.24.0, %exit49 ]
  %pacc.sroa.20.0.lcssa99 = phi <16 x float> [ %.promoted98, %exit ], [ %pacc.sroa.20.0, %exit49 ]
  %pacc.sroa.16.0.lcssa97 = phi <16 x float> [ %.promoted96, %exit ], [ %pacc.sroa.16.0, %exit49 ]
  %pacc.sroa.12.0.lcssa95 = phi <16 x float> [ %.promoted94, %exit ], [ %pacc.sroa.12.0, %exit49 ]
  %pacc.sroa.8.0.lcssa93 = phi <16 x float> [ %.promoted92, %exit ], [ %pacc.sroa.8.0, %exit49 ]
  %pacc.sroa.4.0.lcssa91 = phi <16 x float> [ %.promoted, %exit ], [ %pacc.sroa.4.0, %exit49 ]
  %pacc.sroa.0.0.lcssa90 = phi <16 x float> [ %accs.promoted, %exit ], [ %pacc.sroa.0.0, %exit49 ]
  %60 = phi float [ 0.000000e+00, %exit ], [ %316, %exit49 ]
  %61 = phi float [ 0xFFF0000000000000, %exit ], [ %278, %exit49 ]
  %kblock13 = phi i32 [ %k_begin, %exit ], [ %359, %exit49 ]
  %62 = icmp slt i32 %kblock13, %k_end
  br i1 %62, label %kdot, label %orow52.preheader

orow52.preheader:                                 ; preds = %kblock
  store <16 x float> %pacc.sroa.0.0.lcssa90, ptr %accs, align 64
  store <16 x float> %pacc.sroa.4.0.lcssa91, ptr %43, align 64
  store <16 x float> %pacc.sroa.8.0.lcssa93, ptr %44, align 64
  store <16 x float> %pacc.sroa.12.0.lcssa95, ptr %45, align 64
  store <16 x float> %pacc.sroa.16.0.lcssa97, ptr %46, align 64
  store <16 x float> %pacc.sroa.20.0.lcssa99, ptr %47, align 64
  store <16 x float> %pacc.sroa.24.0.lcssa101, ptr %48, align 64
  store <16 x float> %pacc.sroa.28.0.lcssa103, ptr %49, align 64
  %.not = icmp eq ptr %part, null
  %63 = zext nneg i32 %nrows to i64
  %64 = shl nuw nsw i64 %63, 7
  %invariant.gep = getelementptr float, ptr %part, i64 %63
  %65 = fcmp oeq float %60, 0.000000e+00
  %66 = fdiv float 1.000000e+00, %60
  %67 = select i1 %65, float 0.000000e+00, float %66
  %68 = insertelement <16 x float> poison, float %67, i64 0
  %splat68 = shufflevector <16 x float> %68, <16 x float> poison, <16 x i32> zeroinitializer
  br label %orow52

kdot:                                             ; preds = %kblock, %body14
  %kdot17 = phi i32 [ %173, %body14 ], [ 0, %kblock ]
  %69 = icmp ult i32 %kdot17, 64
  br i1 %69, label %body14, label %sblock

body14:                                           ; preds = %kdot
  %70 = add i32 %kblock13, %kdot17
  %71 = call i32 @llvm.smin.i32(i32 %70, i32 %k_last)
  %72 = sext i32 %71 to i64
  %73 = shl nsw i64 %72, 14
  %74 = getelementptr i8, ptr %20, i64 %73
  %75 = add i32 %71, 8
  %76 = call i32 @llvm.smin.i32(i32 %75, i32 %k_last)
  %77 = sext i32 %76 to i64
  %78 = shl nsw i64 %77, 14
  %79 = getelementptr i8, ptr %20, i64 %78
  call void @llvm.prefetch.p0(ptr %79, i32 0, i32 3, i32 1)
  %80 = getelementptr i8, ptr %79, i64 64
  call void @llvm.prefetch.p0(ptr %80, i32 0, i32 3, i32 1)
  %81 = getelementptr i8, ptr %79, i64 128
  call void @llvm.prefetch.p0(ptr %81, i32 0, i32 3, i32 1)
  %82 = getelementptr i8, ptr %79, i64 192
  call void @llvm.prefetch.p0(ptr %82, i32 0, i32 3, i32 1)
  %83 = getelementptr i8, ptr %79, i64 256
  call void @llvm.prefetch.p0(ptr %83, i32 0, i32 3, i32 1)
  %84 = getelementptr i8, ptr %79, i64 320
  call void @llvm.prefetch.p0(ptr %84, i32 0, i32 3, i32 1)
  %85 = getelementptr i8, ptr %79, i64 384
  call void @llvm.prefetch.p0(ptr %85, i32 0, i32 3, i32 1)
  %86 = getelementptr i8, ptr %79, i64 448
  call void @llvm.prefetch.p0(ptr %86, i32 0, i32 3, i32 1)
  %87 = getelementptr i8, ptr %22, i64 %73
  call void @llvm.prefetch.p0(ptr %87, i32 0, i32 3, i32 1)
  %88 = getelementptr i8, ptr %87, i64 64
  call void @llvm.prefetch.p0(ptr %88, i32 0, i32 3, i32 1)
  %89 = getelementptr i8, ptr %87, i64 128
  call void @llvm.prefetch.p0(ptr %89, i32 0, i32 3, i32 1)
  %90 = getelementptr i8, ptr %87, i64 192
  call void @llvm.prefetch.p0(ptr %90, i32 0, i32 3, i32 1)
  %91 = getelementptr i8, ptr %87, i64 256
  call void @llvm.prefetch.p0(ptr %91, i32 0, i32 3, i32 1)
  %92 = getelementptr i8, ptr %87, i64 320
  call void @llvm.prefetch.p0(ptr %92, i32 0, i32 3, i32 1)
  %93 = getelementptr i8, ptr %87, i64 384
  call void @llvm.prefetch.p0(ptr %93, i32 0, i32 3, i32 1)
  %94 = getelementptr i8, ptr %87, i64 448
  call void @llvm.prefetch.p0(ptr %94, i32 0, i32 3, i32 1)
  %95 = or disjoint i32 %kdot17, 1
  %96 = add i32 %kblock13, %95
  %97 = call i32 @llvm.smin.i32(i32 %96, i32 %k_last)
  %98 = sext i32 %97 to i64
  %99 = shl nsw i64 %98, 14
  %100 = getelementptr i8, ptr %20, i64 %99
  %101 = add i32 %97, 8
  %102 = call i32 @llvm.smin.i32(i32 %101, i32 %k_last)
  %103 = sext i32 %102 to i64
  %104 = shl nsw i64 %103, 14
  %105 = getelementptr i8, ptr %20, i64 %104
  call void @llvm.prefetch.p0(ptr %105, i32 0, i32 3, i32 1)
  %106 = getelementptr i8, ptr %105, i64 64
  call void @llvm.prefetch.p0(ptr %106, i32 0, i32 3, i32 1)
  %107 = getelementptr i8, ptr %105, i64 128
  call void @llvm.prefetch.p0(ptr %107, i32 0, i32 3, i32 1)
  %108 = getelementptr i8, ptr %105, i64 192
  call void @llvm.prefetch.p0(ptr %108, i32 0, i32 3, i32 1)
  %109 = getelementptr i8, ptr %105, i64 256
  call void @llvm.prefetch.p0(ptr %109, i32 0, i32 3, i32 1)
  %110 = getelementptr i8, ptr %105, i64 320
  call void @llvm.prefetch.p0(ptr %110, i32 0, i32 3, i32 1)
  %111 = getelementptr i8, ptr %105, i64 384
  call void @llvm.prefetch.p0(ptr %111, i32 0, i32 3, i32 1)
  %112 = getelementptr i8, ptr %105, i64 448
  call void @llvm.prefetch.p0(ptr %112, i32 0, i32 3, i32 1)
  %113 = getelementptr i8, ptr %22, i64 %99
  call void @llvm.prefetch.p0(ptr %113, i32 0, i32 3, i32 1)
  %114 = getelementptr i8, ptr %113, i64 64
  call void @llvm.prefetch.p0(ptr %114, i32 0, i32 3, i32 1)
  %115 = getelementptr i8, ptr %113, i64 128
  call void @llvm.prefetch.p0(ptr %115, i32 0, i32 3, i32 1)
  %116 = getelementptr i8, ptr %113, i64 192
  call void @llvm.prefetch.p0(ptr %116, i32 0, i32 3, i32 1)
  %117 = getelementptr i8, ptr %113, i64 256
  call void @llvm.prefetch.p0(ptr %117, i32 0, i32 3, i32 1)
  %118 = getelementptr i8, ptr %113, i64 320
  call void @llvm.prefetch.p0(ptr %118, i32 0, i32 3, i32 1)
  %119 = getelementptr i8, ptr %113, i64 384
  call void @llvm.prefetch.p0(ptr %119, i32 0, i32 3, i32 1)
  %120 = getelementptr i8, ptr %113, i64 448
  call void @llvm.prefetch.p0(ptr %120, i32 0, i32 3, i32 1)
  %121 = load <16 x float>, ptr %74, align 4
  %122 = load <16 x float>, ptr %100, align 4
  %123 = fmul <16 x float> %q18, %121
  %124 = fmul <16 x float> %q18, %122
  %125 = getelementptr i8, ptr %74, i64 64
  %126 = load <16 x float>, ptr %125, align 4
  %127 = getelementptr i8, ptr %100, i64 64
  %128 = load <16 x float>, ptr %127, align 4
  %129 = fmul <16 x float> %q19, %126
  %130 = fmul <16 x float> %q19, %128
  %131 = getelementptr i8, ptr %74, i64 128
  %132 = load <16 x float>, ptr %131, align 4
  %133 = getelementptr i8, ptr %100, i64 128
  %134 = load <16 x float>, ptr %133, align 4
  %135 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %132, <16 x float> %123)
  %136 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %134, <16 x float> %124)
  %137 = getelementptr i8, ptr %74, i64 192
  %138 = load <16 x float>, ptr %137, align 4
  %139 = getelementptr i8, ptr %100, i64 192
  %140 = load <16 x float>, ptr %139, align 4
  %141 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %138, <16 x float> %129)
  %142 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %140, <16 x float> %130)
  %143 = getelementptr i8, ptr %74, i64 256
  %144 = load <16 x float>, ptr %143, align 4
  %145 = getelementptr i8, ptr %100, i64 256
  %146 = load <16 x float>, ptr %145, align 4
  %147 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q22, <16 x float> %144, <16 x float> %135)
  %148 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q22, <16 x float> %146, <16 x float> %136)
  %149 = getelementptr i8, ptr %74, i64 320
  %150 = load <16 x float>, ptr %149, align 4
  %151 = getelementptr i8, ptr %100, i64 320
  %152 = load <16 x float>, ptr %151, align 4
  %153 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %150, <16 x float> %141)
  %154 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %152, <16 x float> %142)
  %155 = getelementptr i8, ptr %74, i64 384
  %156 = load <16 x float>, ptr %155, align 4
  %157 = getelementptr i8, ptr %100, i64 384
  %158 = load <16 x float>, ptr %157, align 4
  %159 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %156, <16 x float> %147)
  %160 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %158, <16 x float> %148)
  %161 = getelementptr i8, ptr %74, i64 448
  %162 = load <16 x float>, ptr %161, align 4
  %163 = getelementptr i8, ptr %100, i64 448
  %164 = load <16 x float>, ptr %163, align 4
  %165 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %162, <16 x float> %153)
  %166 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %164, <16 x float> %154)
  %167 = fadd <16 x float> %159, %165
  %168 = zext nneg i32 %kdot17 to i64
  %169 = getelementptr <16 x float>, ptr %dbuf, i64 %168
  store <16 x float> %167, ptr %169, align 64
  %170 = fadd <16 x float> %160, %166
  %171 = zext nneg i32 %95 to i64
  %172 = getelementptr <16 x float>, ptr %dbuf, i64 %171
  store <16 x float> %170, ptr %172, align 64
  %173 = add nuw nsw i32 %kdot17, 2
  br label %kdot

sblock:                                           ; preds = %kdot, %body31
  %smax.0 = phi <16 x float> [ %275, %body31 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %kdot ]
  %sblock34 = phi i64 [ %276, %body31 ], [ 0, %kdot ]
  %174 = icmp ult i64 %sblock34, 4
  br i1 %174, label %body31, label %exit33

body31:                                           ; preds = %sblock
  %175 = shl nuw nsw i64 %sblock34, 4
  %176 = getelementptr <16 x float>, ptr %dbuf, i64 %175
  %177 = load <16 x float>, ptr %176, align 64
  %178 = or disjoint i64 %175, 1
  %179 = getelementptr <16 x float>, ptr %dbuf, i64 %178
  %180 = load <16 x float>, ptr %179, align 64
  %181 = shufflevector <16 x float> %177, <16 x float> %180, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %182 = shufflevector <16 x float> %177, <16 x float> %180, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %183 = fadd <16 x float> %181, %182
  %184 = or disjoint i64 %175, 2
  %185 = getelementptr <16 x float>, ptr %dbuf, i64 %184
  %186 = load <16 x float>, ptr %185, align 64
  %187 = or disjoint i64 %175, 3
  %188 = getelementptr <16 x float>, ptr %dbuf, i64 %187
  %189 = load <16 x float>, ptr %188, align 64
  %190 = shufflevector <16 x float> %186, <16 x float> %189, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %191 = shufflevector <16 x float> %186, <16 x float> %189, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %192 = fadd <16 x float> %190, %191
  %193 = shufflevector <16 x float> %183, <16 x float> %192, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %194 = shufflevector <16 x float> %183, <16 x float> %192, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %195 = fadd <16 x float> %193, %194
  %196 = or disjoint i64 %175, 4
  %197 = getelementptr <16 x float>, ptr %dbuf, i64 %196
  %198 = load <16 x float>, ptr %197, align 64
  %199 = or disjoint i64 %175, 5
  %200 = getelementptr <16 x float>, ptr %dbuf, i64 %199
  %201 = load <16 x float>, ptr %200, align 64
  %202 = shufflevector <16 x float> %198, <16 x float> %201, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %203 = shufflevector <16 x float> %198, <16 x float> %201, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %204 = fadd <16 x float> %202, %203
  %205 = or disjoint i64 %175, 6
  %206 = getelementptr <16 x float>, ptr %dbuf, i64 %205
  %207 = load <16 x float>, ptr %206, align 64
  %208 = or disjoint i64 %175, 7
  %209 = getelementptr <16 x float>, ptr %dbuf, i64 %208
  %210 = load <16 x float>, ptr %209, align 64
  %211 = shufflevector <16 x float> %207, <16 x float> %210, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %212 = shufflevector <16 x float> %207, <16 x float> %210, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %213 = fadd <16 x float> %211, %212
  %214 = shufflevector <16 x float> %204, <16 x float> %213, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %215 = shufflevector <16 x float> %204, <16 x float> %213, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %216 = fadd <16 x float> %214, %215
  %217 = shufflevector <16 x float> %195, <16 x float> %216, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %218 = shufflevector <16 x float> %195, <16 x float> %216, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %219 = fadd <16 x float> %217, %218
  %220 = or disjoint i64 %175, 8
  %221 = getelementptr <16 x float>, ptr %dbuf, i64 %220
  %222 = load <16 x float>, ptr %221, align 64
  %223 = or disjoint i64 %175, 9
  %224 = getelementptr <16 x float>, ptr %dbuf, i64 %223
  %225 = load <16 x float>, ptr %224, align 64
  %226 = shufflevector <16 x float> %222, <16 x float> %225, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %227 = shufflevector <16 x float> %222, <16 x float> %225, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %228 = fadd <16 x float> %226, %227
  %229 = or disjoint i64 %175, 10
  %230 = getelementptr <16 x float>, ptr %dbuf, i64 %229
  %231 = load <16 x float>, ptr %230, align 64
  %232 = or disjoint i64 %175, 11
  %233 = getelementptr <16 x float>, ptr %dbuf, i64 %232
  %234 = load <16 x float>, ptr %233, align 64
  %235 = shufflevector <16 x float> %231, <16 x float> %234, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %236 = shufflevector <16 x float> %231, <16 x float> %234, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %237 = fadd <16 x float> %235, %236
  %238 = shufflevector <16 x float> %228, <16 x float> %237, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %239 = shufflevector <16 x float> %228, <16 x float> %237, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %240 = fadd <16 x float> %238, %239
  %241 = or disjoint i64 %175, 12
  %242 = getelementptr <16 x float>, ptr %dbuf, i64 %241
  %243 = load <16 x float>, ptr %242, align 64
  %244 = or disjoint i64 %175, 13
  %245 = getelementptr <16 x float>, ptr %dbuf, i64 %244
  %246 = load <16 x float>, ptr %245, align 64
  %247 = shufflevector <16 x float> %243, <16 x float> %246, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %248 = shufflevector <16 x float> %243, <16 x float> %246, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %249 = fadd <16 x float> %247, %248
  %250 = or disjoint i64 %175, 14
  %251 = getelementptr <16 x float>, ptr %dbuf, i64 %250
  %252 = load <16 x float>, ptr %251, align 64
  %253 = or disjoint i64 %175, 15
  %254 = getelementptr <16 x float>, ptr %dbuf, i64 %253
  %255 = load <16 x float>, ptr %254, align 64
  %256 = shufflevector <16 x float> %252, <16 x float> %255, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %257 = shufflevector <16 x float> %252, <16 x float> %255, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %258 = fadd <16 x float> %256, %257
  %259 = shufflevector <16 x float> %249, <16 x float> %258, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %260 = shufflevector <16 x float> %249, <16 x float> %258, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %261 = fadd <16 x float> %259, %260
  %262 = shufflevector <16 x float> %240, <16 x float> %261, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %263 = shufflevector <16 x float> %240, <16 x float> %261, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %264 = fadd <16 x float> %262, %263
  %265 = shufflevector <16 x float> %219, <16 x float> %264, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %266 = shufflevector <16 x float> %219, <16 x float> %264, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %267 = fadd <16 x float> %265, %266
  %268 = trunc nuw i64 %175 to i32
  %269 = add i32 %kblock13, %268
  %270 = insertelement <16 x i32> poison, i32 %269, i64 0
  %splat35 = shufflevector <16 x i32> %270, <16 x i32> poison, <16 x i32> zeroinitializer
  %271 = add <16 x i32> %splat35, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %272 = icmp slt <16 x i32> %271, %splat30
  %273 = select <16 x i1> %272, <16 x float> %267, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %274 = getelementptr float, ptr %pbuf, i64 %175
  store <16 x float> %273, ptr %274, align 64
  %275 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %smax.0, <16 x float> %273)
  %276 = add nuw nsw i64 %sblock34, 1
  br label %sblock

exit33:                                           ; preds = %sblock
  %277 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %smax.0)
  %278 = call float @llvm.maxnum.f32(float %61, float %277)
  %279 = fcmp oeq float %278, 0xFFF0000000000000
  %muse = select i1 %279, float 0.000000e+00, float %278
  %280 = fsub float %61, %muse
  %281 = insertelement <16 x float> poison, float %280, i64 0
  %splat36 = shufflevector <16 x float> %281, <16 x float> poison, <16 x i32> zeroinitializer
  %282 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat36, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %283 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %282, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %284 = fadd <16 x float> %283, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fadd <16 x float> %284, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f = fsub <16 x float> %283, %n
  %285 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %286 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %285, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %287 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %286, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %288 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %287, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %289 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %288, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %290 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %289, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %291 = fptosi <16 x float> %n to <16 x i32>
  %292 = shl <16 x i32> %291, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %293 = add <16 x i32> %292, <i32 1065353216, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %294 = bitcast <16 x i32> %293 to <16 x float>
  %exp2 = fmul <16 x float> %290, %294
  %alpha37 = extractelement <16 x float> %exp2, i64 0
  %295 = insertelement <16 x float> poison, float %muse, i64 0
  %splat42 = shufflevector <16 x float> %295, <16 x float> poison, <16 x i32> zeroinitializer
  br label %pblock

pblock:                                           ; preds = %body38, %exit33
  %lsum.0 = phi <16 x float> [ zeroinitializer, %exit33 ], [ %313, %body38 ]
  %pblock41 = phi i64 [ 0, %exit33 ], [ %314, %body38 ]
  %296 = icmp ult i64 %pblock41, 4
  br i1 %296, label %body38, label %exit40

body38:                                           ; preds = %pblock
  %.idx = shl nuw nsw i64 %pblock41, 6
  %297 = getelementptr i8, ptr %pbuf, i64 %.idx
  %298 = load <16 x float>, ptr %297, align 64
  %299 = fsub <16 x float> %298, %splat42
  %300 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %299, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %301 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %300, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %302 = fadd <16 x float> %301, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n43 = fadd <16 x float> %302, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f44 = fsub <16 x float> %301, %n43
  %303 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f44, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %304 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %303, <16 x float> %f44, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %305 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %304, <16 x float> %f44, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %306 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %305, <16 x float> %f44, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %307 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %306, <16 x float> %f44, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %308 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %307, <16 x float> %f44, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %309 = fptosi <16 x float> %n43 to <16 x i32>
  %310 = shl <16 x i32> %309, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %311 = add <16 x i32> %310, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %312 = bitcast <16 x i32> %311 to <16 x float>
  %exp245 = fmul <16 x float> %308, %312
  store <16 x float> %exp245, ptr %297, align 64
  %313 = fadd <16 x float> %lsum.0, %exp245
  %314 = add nuw nsw i64 %pblock41, 1
  br label %pblock

exit40:                                           ; preds = %pblock
  %315 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %lsum.0)
  %316 = call float @llvm.fmuladd.f32(float %60, float %alpha37, float %315)
  %317 = sub i32 %k_end, %kblock13
  %318 = call i32 @llvm.smin.i32(i32 %317, i32 64)
  %splat46 = shufflevector <16 x float> %exp2, <16 x float> poison, <16 x i32> zeroinitializer
  %319 = fmul <16 x float> %pacc.sroa.0.0.lcssa90, %splat46
  %320 = fmul <16 x float> %pacc.sroa.4.0.lcssa91, %splat46
  %321 = fmul <16 x float> %pacc.sroa.8.0.lcssa93, %splat46
  %322 = fmul <16 x float> %pacc.sroa.12.0.lcssa95, %splat46
  %323 = fmul <16 x float> %pacc.sroa.16.0.lcssa97, %splat46
  %324 = fmul <16 x float> %pacc.sroa.20.0.lcssa99, %splat46
  %325 = fmul <16 x float> %pacc.sroa.24.0.lcssa101, %splat46
  %326 = fmul <16 x float> %pacc.sroa.28.0.lcssa103, %splat46
  br label %kpv

kpv:                                              ; preds = %latch48, %exit40
  %pacc.sroa.28.0 = phi <16 x float> [ %326, %exit40 ], [ %337, %latch48 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %325, %exit40 ], [ %340, %latch48 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %324, %exit40 ], [ %343, %latch48 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %323, %exit40 ], [ %346, %latch48 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %322, %exit40 ], [ %349, %latch48 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %321, %exit40 ], [ %352, %latch48 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %320, %exit40 ], [ %355, %latch48 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %319, %exit40 ], [ %357, %latch48 ]
  %kpv50 = phi i32 [ 0, %exit40 ], [ %358, %latch48 ]
  %327 = icmp slt i32 %kpv50, %318
  br i1 %327, label %latch48, label %exit49

latch48:                                          ; preds = %kpv
  %328 = zext nneg i32 %kpv50 to i64
  %329 = getelementptr float, ptr %pbuf, i64 %328
  %p = load float, ptr %329, align 4
  %330 = insertelement <16 x float> poison, float %p, i64 0
  %splat51 = shufflevector <16 x float> %330, <16 x float> poison, <16 x i32> zeroinitializer
  %331 = add i32 %kblock13, %kpv50
  %332 = sext i32 %331 to i64
  %333 = shl nsw i64 %332, 14
  %334 = getelementptr i8, ptr %22, i64 %333
  %335 = getelementptr i8, ptr %334, i64 448
  %336 = load <16 x float>, ptr %335, align 4
  %337 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat51, <16 x float> %336, <16 x float> %pacc.sroa.28.0)
  %338 = getelementptr i8, ptr %334, i64 384
  %339 = load <16 x float>, ptr %338, align 4
  %340 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat51, <16 x float> %339, <16 x float> %pacc.sroa.24.0)
  %341 = getelementptr i8, ptr %334, i64 320
  %342 = load <16 x float>, ptr %341, align 4
  %343 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat51, <16 x float> %342, <16 x float> %pacc.sroa.20.0)
  %344 = getelementptr i8, ptr %334, i64 256
  %345 = load <16 x float>, ptr %344, align 4
  %346 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat51, <16 x float> %345, <16 x float> %pacc.sroa.16.0)
  %347 = getelementptr i8, ptr %334, i64 192
  %348 = load <16 x float>, ptr %347, align 4
  %349 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat51, <16 x float> %348, <16 x float> %pacc.sroa.12.0)
  %350 = getelementptr i8, ptr %334, i64 128
  %351 = load <16 x float>, ptr %350, align 4
  %352 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat51, <16 x float> %351, <16 x float> %pacc.sroa.8.0)
  %353 = getelementptr i8, ptr %334, i64 64
  %354 = load <16 x float>, ptr %353, align 4
  %355 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat51, <16 x float> %354, <16 x float> %pacc.sroa.4.0)
  %356 = load <16 x float>, ptr %334, align 4
  %357 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat51, <16 x float> %356, <16 x float> %pacc.sroa.0.0)
  %358 = add nuw nsw i32 %kpv50, 1
  br label %kpv

exit49:                                           ; preds = %kpv
  %359 = add nsw i32 %kblock13, 64
  br label %kblock

orow52:                                           ; preds = %orow52.preheader, %written
  %orow56 = phi i32 [ %374, %written ], [ 0, %orow52.preheader ]
  %360 = icmp slt i32 %orow56, %nrows
  br i1 %360, label %body53, label %done

body53:                                           ; preds = %orow52
  %361 = zext nneg i32 %orow56 to i64
  %362 = shl nuw nsw i64 %361, 7
  %363 = getelementptr float, ptr %accs, i64 %362
  br i1 %.not, label %final, label %partial

partial:                                          ; preds = %body53
  %364 = getelementptr float, ptr %part, i64 %362
  br label %chunk59

final:                                            ; preds = %body53
  %365 = sdiv i32 %orow56, %nh
  %qi64 = add i32 %q_begin, %365
  %366 = srem i32 %orow56, %nh
  %h65 = add i32 %h_begin, %366
  %hq66 = add i32 %kv_head, %h65
  %367 = sext i32 %qi64 to i64
  %368 = add i64 %q_row0, %367
  %369 = sext i32 %hq66 to i64
  %370 = shl i64 %368, 14
  %371 = shl nsw i64 %369, 9
  %372 = getelementptr i8, ptr %out, i64 %370
  %373 = getelementptr i8, ptr %372, i64 %371
  br label %chunk69

written:                                          ; preds = %chunk69, %exit62
  %374 = add nuw nsw i32 %orow56, 1
  br label %orow52

chunk59:                                          ; preds = %body60, %partial
  %chunk63 = phi i64 [ 0, %partial ], [ %380, %body60 ]
  %375 = icmp ult i64 %chunk63, 8
  br i1 %375, label %body60, label %exit62

body60:                                           ; preds = %chunk59
  %376 = getelementptr <16 x float>, ptr %363, i64 %chunk63
  %377 = load <16 x float>, ptr %376, align 64
  %378 = shl nuw nsw i64 %chunk63, 6
  %379 = getelementptr i8, ptr %364, i64 %378
  store <16 x float> %377, ptr %379, align 4
  %380 = add nuw nsw i64 %chunk63, 1
  br label %chunk59

exit62:                                           ; preds = %chunk59
  %381 = add nuw nsw i64 %64, %361
  %382 = getelementptr float, ptr %part, i64 %381
  store float %61, ptr %382, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %381
  store float %60, ptr %gep, align 4
  br label %written

chunk69:                                          ; preds = %body70, %final
  %chunk73 = phi i64 [ 0, %final ], [ %389, %body70 ]
  %383 = icmp ult i64 %chunk73, 8
  br i1 %383, label %body70, label %written

body70:                                           ; preds = %chunk69
  %384 = getelementptr <16 x float>, ptr %363, i64 %chunk73
  %385 = load <16 x float>, ptr %384, align 64
  %386 = fmul <16 x float> %385, %splat68
  %387 = shl nuw nsw i64 %chunk73, 6
  %388 = getelementptr i8, ptr %373, i64 %387
  store <16 x float> %386, ptr %388, align 4
  %389 = add nuw nsw i64 %chunk73, 1
  br label %chunk69
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @llvm.prefetch.p0(ptr nocapture readonly, i32 immarg, i32 immarg, i32 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fmax.v16f32(<16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fadd.v16f32(float, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @mha(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr nonnull @mha_kernel, ptr %0) #3
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @mha_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr nonnull @mha_kernel, ptr %0) #3
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @mha_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr nonnull @mha_kernel, ptr %0, i64 %1) #3
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @mha_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr nonnull @mha_kernel, ptr %0) #3
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @mha_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr nonnull @mha_kernel, ptr %0) #3
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @mha_info() #0 {
entry:
  ret ptr @mha_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
attributes #3 = { nounwind }
