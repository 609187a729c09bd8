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
  %60 = phi float [ 0.000000e+00, %exit ], [ %276, %exit49 ]
  %61 = phi float [ 0xFFF0000000000000, %exit ], [ %238, %exit49 ]
  %kblock13 = phi i32 [ %k_begin, %exit ], [ %319, %exit49 ]
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
  %kdot17 = phi i32 [ %133, %body14 ], [ 0, %kblock ]
  %69 = icmp ult i32 %kdot17, 64
  br i1 %69, label %body14, label %sblock

body14:                                           ; preds = %kdot
  %70 = add i32 %kblock13, %kdot17
  %71 = call i32 @llvm.smin.i32(i32 %70, i32 %k_last)
  %72 = sext i32 %71 to i64
  %73 = shl nsw i64 %72, 14
  %74 = getelementptr i8, ptr %20, i64 %73
  %75 = or disjoint i32 %kdot17, 1
  %76 = add i32 %kblock13, %75
  %77 = call i32 @llvm.smin.i32(i32 %76, i32 %k_last)
  %78 = sext i32 %77 to i64
  %79 = shl nsw i64 %78, 14
  %80 = getelementptr i8, ptr %20, i64 %79
  %81 = load <16 x float>, ptr %74, align 4
  %82 = load <16 x float>, ptr %80, align 4
  %83 = fmul <16 x float> %q18, %81
  %84 = fmul <16 x float> %q18, %82
  %85 = getelementptr i8, ptr %74, i64 64
  %86 = load <16 x float>, ptr %85, align 4
  %87 = getelementptr i8, ptr %80, i64 64
  %88 = load <16 x float>, ptr %87, align 4
  %89 = fmul <16 x float> %q19, %86
  %90 = fmul <16 x float> %q19, %88
  %91 = getelementptr i8, ptr %74, i64 128
  %92 = load <16 x float>, ptr %91, align 4
  %93 = getelementptr i8, ptr %80, i64 128
  %94 = load <16 x float>, ptr %93, align 4
  %95 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %92, <16 x float> %83)
  %96 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %94, <16 x float> %84)
  %97 = getelementptr i8, ptr %74, i64 192
  %98 = load <16 x float>, ptr %97, align 4
  %99 = getelementptr i8, ptr %80, i64 192
  %100 = load <16 x float>, ptr %99, align 4
  %101 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %98, <16 x float> %89)
  %102 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %100, <16 x float> %90)
  %103 = getelementptr i8, ptr %74, i64 256
  %104 = load <16 x float>, ptr %103, align 4
  %105 = getelementptr i8, ptr %80, i64 256
  %106 = load <16 x float>, ptr %105, align 4
  %107 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q22, <16 x float> %104, <16 x float> %95)
  %108 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q22, <16 x float> %106, <16 x float> %96)
  %109 = getelementptr i8, ptr %74, i64 320
  %110 = load <16 x float>, ptr %109, align 4
  %111 = getelementptr i8, ptr %80, i64 320
  %112 = load <16 x float>, ptr %111, align 4
  %113 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %110, <16 x float> %101)
  %114 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %112, <16 x float> %102)
  %115 = getelementptr i8, ptr %74, i64 384
  %116 = load <16 x float>, ptr %115, align 4
  %117 = getelementptr i8, ptr %80, i64 384
  %118 = load <16 x float>, ptr %117, align 4
  %119 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %116, <16 x float> %107)
  %120 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %118, <16 x float> %108)
  %121 = getelementptr i8, ptr %74, i64 448
  %122 = load <16 x float>, ptr %121, align 4
  %123 = getelementptr i8, ptr %80, i64 448
  %124 = load <16 x float>, ptr %123, align 4
  %125 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %122, <16 x float> %113)
  %126 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %124, <16 x float> %114)
  %127 = fadd <16 x float> %119, %125
  %128 = zext nneg i32 %kdot17 to i64
  %129 = getelementptr <16 x float>, ptr %dbuf, i64 %128
  store <16 x float> %127, ptr %129, align 64
  %130 = fadd <16 x float> %120, %126
  %131 = zext nneg i32 %75 to i64
  %132 = getelementptr <16 x float>, ptr %dbuf, i64 %131
  store <16 x float> %130, ptr %132, align 64
  %133 = add nuw nsw i32 %kdot17, 2
  br label %kdot

sblock:                                           ; preds = %kdot, %body31
  %smax.0 = phi <16 x float> [ %235, %body31 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %kdot ]
  %sblock34 = phi i64 [ %236, %body31 ], [ 0, %kdot ]
  %134 = icmp ult i64 %sblock34, 4
  br i1 %134, label %body31, label %exit33

body31:                                           ; preds = %sblock
  %135 = shl nuw nsw i64 %sblock34, 4
  %136 = getelementptr <16 x float>, ptr %dbuf, i64 %135
  %137 = load <16 x float>, ptr %136, align 64
  %138 = or disjoint i64 %135, 1
  %139 = getelementptr <16 x float>, ptr %dbuf, i64 %138
  %140 = load <16 x float>, ptr %139, align 64
  %141 = shufflevector <16 x float> %137, <16 x float> %140, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %142 = shufflevector <16 x float> %137, <16 x float> %140, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %143 = fadd <16 x float> %141, %142
  %144 = or disjoint i64 %135, 2
  %145 = getelementptr <16 x float>, ptr %dbuf, i64 %144
  %146 = load <16 x float>, ptr %145, align 64
  %147 = or disjoint i64 %135, 3
  %148 = getelementptr <16 x float>, ptr %dbuf, i64 %147
  %149 = load <16 x float>, ptr %148, align 64
  %150 = shufflevector <16 x float> %146, <16 x float> %149, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %151 = shufflevector <16 x float> %146, <16 x float> %149, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %152 = fadd <16 x float> %150, %151
  %153 = shufflevector <16 x float> %143, <16 x float> %152, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %154 = shufflevector <16 x float> %143, <16 x float> %152, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %155 = fadd <16 x float> %153, %154
  %156 = or disjoint i64 %135, 4
  %157 = getelementptr <16 x float>, ptr %dbuf, i64 %156
  %158 = load <16 x float>, ptr %157, align 64
  %159 = or disjoint i64 %135, 5
  %160 = getelementptr <16 x float>, ptr %dbuf, i64 %159
  %161 = load <16 x float>, ptr %160, align 64
  %162 = shufflevector <16 x float> %158, <16 x float> %161, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %163 = shufflevector <16 x float> %158, <16 x float> %161, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %164 = fadd <16 x float> %162, %163
  %165 = or disjoint i64 %135, 6
  %166 = getelementptr <16 x float>, ptr %dbuf, i64 %165
  %167 = load <16 x float>, ptr %166, align 64
  %168 = or disjoint i64 %135, 7
  %169 = getelementptr <16 x float>, ptr %dbuf, i64 %168
  %170 = load <16 x float>, ptr %169, align 64
  %171 = shufflevector <16 x float> %167, <16 x float> %170, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %172 = shufflevector <16 x float> %167, <16 x float> %170, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %173 = fadd <16 x float> %171, %172
  %174 = shufflevector <16 x float> %164, <16 x float> %173, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %175 = shufflevector <16 x float> %164, <16 x float> %173, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %176 = fadd <16 x float> %174, %175
  %177 = shufflevector <16 x float> %155, <16 x float> %176, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %178 = shufflevector <16 x float> %155, <16 x float> %176, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %179 = fadd <16 x float> %177, %178
  %180 = or disjoint i64 %135, 8
  %181 = getelementptr <16 x float>, ptr %dbuf, i64 %180
  %182 = load <16 x float>, ptr %181, align 64
  %183 = or disjoint i64 %135, 9
  %184 = getelementptr <16 x float>, ptr %dbuf, i64 %183
  %185 = load <16 x float>, ptr %184, align 64
  %186 = shufflevector <16 x float> %182, <16 x float> %185, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %187 = shufflevector <16 x float> %182, <16 x float> %185, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %188 = fadd <16 x float> %186, %187
  %189 = or disjoint i64 %135, 10
  %190 = getelementptr <16 x float>, ptr %dbuf, i64 %189
  %191 = load <16 x float>, ptr %190, align 64
  %192 = or disjoint i64 %135, 11
  %193 = getelementptr <16 x float>, ptr %dbuf, i64 %192
  %194 = load <16 x float>, ptr %193, align 64
  %195 = shufflevector <16 x float> %191, <16 x float> %194, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %196 = shufflevector <16 x float> %191, <16 x float> %194, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %197 = fadd <16 x float> %195, %196
  %198 = shufflevector <16 x float> %188, <16 x float> %197, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %199 = shufflevector <16 x float> %188, <16 x float> %197, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %200 = fadd <16 x float> %198, %199
  %201 = or disjoint i64 %135, 12
  %202 = getelementptr <16 x float>, ptr %dbuf, i64 %201
  %203 = load <16 x float>, ptr %202, align 64
  %204 = or disjoint i64 %135, 13
  %205 = getelementptr <16 x float>, ptr %dbuf, i64 %204
  %206 = load <16 x float>, ptr %205, align 64
  %207 = shufflevector <16 x float> %203, <16 x float> %206, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %208 = shufflevector <16 x float> %203, <16 x float> %206, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %209 = fadd <16 x float> %207, %208
  %210 = or disjoint i64 %135, 14
  %211 = getelementptr <16 x float>, ptr %dbuf, i64 %210
  %212 = load <16 x float>, ptr %211, align 64
  %213 = or disjoint i64 %135, 15
  %214 = getelementptr <16 x float>, ptr %dbuf, i64 %213
  %215 = load <16 x float>, ptr %214, align 64
  %216 = shufflevector <16 x float> %212, <16 x float> %215, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %217 = shufflevector <16 x float> %212, <16 x float> %215, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %218 = fadd <16 x float> %216, %217
  %219 = shufflevector <16 x float> %209, <16 x float> %218, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %220 = shufflevector <16 x float> %209, <16 x float> %218, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %221 = fadd <16 x float> %219, %220
  %222 = shufflevector <16 x float> %200, <16 x float> %221, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %223 = shufflevector <16 x float> %200, <16 x float> %221, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %224 = fadd <16 x float> %222, %223
  %225 = shufflevector <16 x float> %179, <16 x float> %224, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %226 = shufflevector <16 x float> %179, <16 x float> %224, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %227 = fadd <16 x float> %225, %226
  %228 = trunc nuw i64 %135 to i32
  %229 = add i32 %kblock13, %228
  %230 = insertelement <16 x i32> poison, i32 %229, i64 0
  %splat35 = shufflevector <16 x i32> %230, <16 x i32> poison, <16 x i32> zeroinitializer
  %231 = add <16 x i32> %splat35, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %232 = icmp slt <16 x i32> %231, %splat30
  %233 = select <16 x i1> %232, <16 x float> %227, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %234 = getelementptr float, ptr %pbuf, i64 %135
  store <16 x float> %233, ptr %234, align 64
  %235 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %smax.0, <16 x float> %233)
  %236 = add nuw nsw i64 %sblock34, 1
  br label %sblock

exit33:                                           ; preds = %sblock
  %237 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %smax.0)
  %238 = call float @llvm.maxnum.f32(float %61, float %237)
  %239 = fcmp oeq float %238, 0xFFF0000000000000
  %muse = select i1 %239, float 0.000000e+00, float %238
  %240 = fsub float %61, %muse
  %241 = insertelement <16 x float> poison, float %240, i64 0
  %splat36 = shufflevector <16 x float> %241, <16 x float> poison, <16 x i32> zeroinitializer
  %242 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat36, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %243 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %242, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %244 = fadd <16 x float> %243, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fadd <16 x float> %244, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f = fsub <16 x float> %243, %n
  %245 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %246 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %245, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %247 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %246, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %248 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %247, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %249 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %248, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %250 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %249, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %251 = fptosi <16 x float> %n to <16 x i32>
  %252 = shl <16 x i32> %251, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %253 = add <16 x i32> %252, <i32 1065353216, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %254 = bitcast <16 x i32> %253 to <16 x float>
  %exp2 = fmul <16 x float> %250, %254
  %alpha37 = extractelement <16 x float> %exp2, i64 0
  %255 = insertelement <16 x float> poison, float %muse, i64 0
  %splat42 = shufflevector <16 x float> %255, <16 x float> poison, <16 x i32> zeroinitializer
  br label %pblock

pblock:                                           ; preds = %body38, %exit33
  %lsum.0 = phi <16 x float> [ zeroinitializer, %exit33 ], [ %273, %body38 ]
  %pblock41 = phi i64 [ 0, %exit33 ], [ %274, %body38 ]
  %256 = icmp ult i64 %pblock41, 4
  br i1 %256, label %body38, label %exit40

body38:                                           ; preds = %pblock
  %.idx = shl nuw nsw i64 %pblock41, 6
  %257 = getelementptr i8, ptr %pbuf, i64 %.idx
  %258 = load <16 x float>, ptr %257, align 64
  %259 = fsub <16 x float> %258, %splat42
  %260 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %259, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %261 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %260, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %262 = fadd <16 x float> %261, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n43 = fadd <16 x float> %262, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f44 = fsub <16 x float> %261, %n43
  %263 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f44, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %264 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %263, <16 x float> %f44, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %265 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %264, <16 x float> %f44, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %266 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %265, <16 x float> %f44, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %267 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %266, <16 x float> %f44, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %268 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %267, <16 x float> %f44, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %269 = fptosi <16 x float> %n43 to <16 x i32>
  %270 = shl <16 x i32> %269, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %271 = add <16 x i32> %270, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %272 = bitcast <16 x i32> %271 to <16 x float>
  %exp245 = fmul <16 x float> %268, %272
  store <16 x float> %exp245, ptr %257, align 64
  %273 = fadd <16 x float> %lsum.0, %exp245
  %274 = add nuw nsw i64 %pblock41, 1
  br label %pblock

exit40:                                           ; preds = %pblock
  %275 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %lsum.0)
  %276 = call float @llvm.fmuladd.f32(float %60, float %alpha37, float %275)
  %277 = sub i32 %k_end, %kblock13
  %278 = call i32 @llvm.smin.i32(i32 %277, i32 64)
  %splat46 = shufflevector <16 x float> %exp2, <16 x float> poison, <16 x i32> zeroinitializer
  %279 = fmul <16 x float> %pacc.sroa.0.0.lcssa90, %splat46
  %280 = fmul <16 x float> %pacc.sroa.4.0.lcssa91, %splat46
  %281 = fmul <16 x float> %pacc.sroa.8.0.lcssa93, %splat46
  %282 = fmul <16 x float> %pacc.sroa.12.0.lcssa95, %splat46
  %283 = fmul <16 x float> %pacc.sroa.16.0.lcssa97, %splat46
  %284 = fmul <16 x float> %pacc.sroa.20.0.lcssa99, %splat46
  %285 = fmul <16 x float> %pacc.sroa.24.0.lcssa101, %splat46
  %286 = fmul <16 x float> %pacc.sroa.28.0.lcssa103, %splat46
  br label %kpv

kpv:                                              ; preds = %latch48, %exit40
  %pacc.sroa.28.0 = phi <16 x float> [ %286, %exit40 ], [ %297, %latch48 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %285, %exit40 ], [ %300, %latch48 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %284, %exit40 ], [ %303, %latch48 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %283, %exit40 ], [ %306, %latch48 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %282, %exit40 ], [ %309, %latch48 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %281, %exit40 ], [ %312, %latch48 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %280, %exit40 ], [ %315, %latch48 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %279, %exit40 ], [ %317, %latch48 ]
  %kpv50 = phi i32 [ 0, %exit40 ], [ %318, %latch48 ]
  %287 = icmp slt i32 %kpv50, %278
  br i1 %287, label %latch48, label %exit49

latch48:                                          ; preds = %kpv
  %288 = zext nneg i32 %kpv50 to i64
  %289 = getelementptr float, ptr %pbuf, i64 %288
  %p = load float, ptr %289, align 4
  %290 = insertelement <16 x float> poison, float %p, i64 0
  %splat51 = shufflevector <16 x float> %290, <16 x float> poison, <16 x i32> zeroinitializer
  %291 = add i32 %kblock13, %kpv50
  %292 = sext i32 %291 to i64
  %293 = shl nsw i64 %292, 14
  %294 = getelementptr i8, ptr %22, i64 %293
  %295 = getelementptr i8, ptr %294, i64 448
  %296 = load <16 x float>, ptr %295, align 4
  %297 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat51, <16 x float> %296, <16 x float> %pacc.sroa.28.0)
  %298 = getelementptr i8, ptr %294, i64 384
  %299 = load <16 x float>, ptr %298, align 4
  %300 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat51, <16 x float> %299, <16 x float> %pacc.sroa.24.0)
  %301 = getelementptr i8, ptr %294, i64 320
  %302 = load <16 x float>, ptr %301, align 4
  %303 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat51, <16 x float> %302, <16 x float> %pacc.sroa.20.0)
  %304 = getelementptr i8, ptr %294, i64 256
  %305 = load <16 x float>, ptr %304, align 4
  %306 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat51, <16 x float> %305, <16 x float> %pacc.sroa.16.0)
  %307 = getelementptr i8, ptr %294, i64 192
  %308 = load <16 x float>, ptr %307, align 4
  %309 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat51, <16 x float> %308, <16 x float> %pacc.sroa.12.0)
  %310 = getelementptr i8, ptr %294, i64 128
  %311 = load <16 x float>, ptr %310, align 4
  %312 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat51, <16 x float> %311, <16 x float> %pacc.sroa.8.0)
  %313 = getelementptr i8, ptr %294, i64 64
  %314 = load <16 x float>, ptr %313, align 4
  %315 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat51, <16 x float> %314, <16 x float> %pacc.sroa.4.0)
  %316 = load <16 x float>, ptr %294, align 4
  %317 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat51, <16 x float> %316, <16 x float> %pacc.sroa.0.0)
  %318 = add nuw nsw i32 %kpv50, 1
  br label %kpv

exit49:                                           ; preds = %kpv
  %319 = add nsw i32 %kblock13, 64
  br label %kblock

orow52:                                           ; preds = %orow52.preheader, %written
  %orow56 = phi i32 [ %334, %written ], [ 0, %orow52.preheader ]
  %320 = icmp slt i32 %orow56, %nrows
  br i1 %320, label %body53, label %done

body53:                                           ; preds = %orow52
  %321 = zext nneg i32 %orow56 to i64
  %322 = shl nuw nsw i64 %321, 7
  %323 = getelementptr float, ptr %accs, i64 %322
  br i1 %.not, label %final, label %partial

partial:                                          ; preds = %body53
  %324 = getelementptr float, ptr %part, i64 %322
  br label %chunk59

final:                                            ; preds = %body53
  %325 = sdiv i32 %orow56, %nh
  %qi64 = add i32 %q_begin, %325
  %326 = srem i32 %orow56, %nh
  %h65 = add i32 %h_begin, %326
  %hq66 = add i32 %kv_head, %h65
  %327 = sext i32 %qi64 to i64
  %328 = add i64 %q_row0, %327
  %329 = sext i32 %hq66 to i64
  %330 = shl i64 %328, 14
  %331 = shl nsw i64 %329, 9
  %332 = getelementptr i8, ptr %out, i64 %330
  %333 = getelementptr i8, ptr %332, i64 %331
  br label %chunk69

written:                                          ; preds = %chunk69, %exit62
  %334 = add nuw nsw i32 %orow56, 1
  br label %orow52

chunk59:                                          ; preds = %body60, %partial
  %chunk63 = phi i64 [ 0, %partial ], [ %340, %body60 ]
  %335 = icmp ult i64 %chunk63, 8
  br i1 %335, label %body60, label %exit62

body60:                                           ; preds = %chunk59
  %336 = getelementptr <16 x float>, ptr %323, i64 %chunk63
  %337 = load <16 x float>, ptr %336, align 64
  %338 = shl nuw nsw i64 %chunk63, 6
  %339 = getelementptr i8, ptr %324, i64 %338
  store <16 x float> %337, ptr %339, align 4
  %340 = add nuw nsw i64 %chunk63, 1
  br label %chunk59

exit62:                                           ; preds = %chunk59
  %341 = add nuw nsw i64 %64, %321
  %342 = getelementptr float, ptr %part, i64 %341
  store float %61, ptr %342, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %341
  store float %60, ptr %gep, align 4
  br label %written

chunk69:                                          ; preds = %body70, %final
  %chunk73 = phi i64 [ 0, %final ], [ %349, %body70 ]
  %343 = icmp ult i64 %chunk73, 8
  br i1 %343, label %body70, label %written

body70:                                           ; preds = %chunk69
  %344 = getelementptr <16 x float>, ptr %323, i64 %chunk73
  %345 = load <16 x float>, ptr %344, align 64
  %346 = fmul <16 x float> %345, %splat68
  %347 = shl nuw nsw i64 %chunk73, 6
  %348 = getelementptr i8, ptr %333, i64 %347
  store <16 x float> %346, ptr %348, align 4
  %349 = add nuw nsw i64 %chunk73, 1
  br label %chunk69
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

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
  %1 = call i32 @attnrt_run(ptr nonnull @mha_kernel, ptr %0) #2
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @mha_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr nonnull @mha_kernel, ptr %0) #2
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @mha_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr nonnull @mha_kernel, ptr %0, i64 %1) #2
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @mha_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr nonnull @mha_kernel, ptr %0) #2
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @mha_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr nonnull @mha_kernel, ptr %0) #2
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @mha_info() #0 {
entry:
  ret ptr @mha_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind }
