; ModuleID = 'sinks'
source_filename = "sinks"
target triple = "x86_64-unknown-linux-gnu"

@sinks.name = private unnamed_addr constant [6 x i8] c"sinks\00"
@sinks.spec = private unnamed_addr constant [392 x i8] c"attncc: 1\0Aname: sinks\0Aphase: decode\0Akind: self\0Aheads: {q: 32, kv: 32, dim: 128, v_dim: 128}\0Atypes: {q: f32, cache: f16, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 16384, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true, window: 2044, sinks: 4}\0Aoutput: {lse: true}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@sinks_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32, i32, i32, i32, i32, ptr } { i32 7, i32 1, i64 7908028613032198455, ptr @sinks.name, ptr @sinks.spec, i32 32, i32 32, i32 128, i32 128, i32 0, i32 1, i32 0, i32 0, i32 0, i32 0, i32 16384, i32 1, i32 1, float 0x3FB6A09E60000000, i32 0, i32 0, i32 0, ptr null, i32 0, i32 2044, i32 4, i32 0, float 0.000000e+00, i32 0, i32 0, i32 0, i32 0, i32 0, ptr null }, align 8
@sinks_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @sinks_info_data, ptr @sinks_tile, i32 1, i32 32, i32 16, i32 16, i32 1, i32 128, ptr null }, align 8

; Function Attrs: nounwind
define internal void @sinks_tile(ptr %0, ptr %1) #0 {
entry:
  %muse = alloca float, align 64
  %lsum = alloca <16 x float>, align 64
  %smax = alloca <16 x float>, align 64
  %lows = alloca [32 x i32], align 64
  %lims = alloca [32 x i32], align 64
  %alpha = alloca float, align 64
  %accs = alloca [4096 x float], align 64
  %pbuf = alloca [32 x float], align 64
  %dbuf = alloca [32 x <16 x float>], align 64
  %qs = alloca [256 x <16 x float>], align 64
  %ls = alloca [32 x float], align 64
  %ms = alloca [32 x float], align 64
  %q_row0 = load i64, ptr %1, align 4
  %2 = getelementptr i8, ptr %1, i64 8
  %seq = load i32, ptr %2, align 4
  %3 = getelementptr i8, ptr %1, i64 12
  %kv_head = load i32, ptr %3, align 4
  %kv_head0 = mul i32 %kv_head, 32
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
  %9 = getelementptr i8, ptr %1, i64 32
  %q_pos0 = load i32, ptr %9, align 4
  %10 = getelementptr i8, ptr %1, i64 36
  %k_begin = load i32, ptr %10, align 4
  %11 = getelementptr i8, ptr %1, i64 40
  %k_end = load i32, ptr %11, align 4
  %12 = getelementptr i8, ptr %1, i64 44
  %sink_end = load i32, ptr %12, align 4
  %13 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %14, align 8
  %15 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %15, align 8
  %16 = getelementptr i8, ptr %0, i64 48
  %lse = load ptr, ptr %16, align 8
  %17 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %17, align 8
  %18 = sext i32 %seq to i64
  %19 = mul i64 %18, 134217728
  %20 = getelementptr i8, ptr %k_cache, i64 %19
  %21 = sext i32 %kv_head0 to i64
  %22 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %22, align 8
  %23 = getelementptr i8, ptr %v_cache, i64 %19
  %24 = icmp sgt i32 %nrows, 0
  br i1 %24, label %rinit, label %done

done:                                             ; preds = %orow98, %entry
  ret void

rinit:                                            ; preds = %entry, %exit9
  %rinit1 = phi i32 [ %67, %exit9 ], [ 0, %entry ]
  %25 = icmp slt i32 %rinit1, 32
  br i1 %25, label %body, label %exit

body:                                             ; preds = %rinit
  %26 = sext i32 %rinit1 to i64
  %27 = mul i64 %26, 8
  %28 = getelementptr <16 x float>, ptr %qs, i64 %27
  %29 = icmp slt i32 %rinit1, %nrows
  %30 = sub i32 %nrows, 1
  %31 = call i32 @llvm.smin.i32(i32 %rinit1, i32 %30)
  %32 = sdiv i32 %31, %nh
  %qi = add i32 %q_begin, %32
  %33 = srem i32 %31, %nh
  %34 = add i32 %h_begin, %33
  %hq = add i32 %kv_head0, %34
  %35 = sext i32 %qi to i64
  %36 = add i64 %q_row0, %35
  %37 = mul i64 %36, 32
  %38 = sext i32 %hq to i64
  %orow = add i64 %37, %38
  %39 = mul i64 %orow, 512
  %40 = getelementptr i8, ptr %q, i64 %39
  %41 = select i1 %29, float 0x3FC0527DC0000000, float 0.000000e+00
  %42 = insertelement <16 x float> poison, float %41, i32 0
  %splat = shufflevector <16 x float> %42, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

exit:                                             ; preds = %rinit
  %43 = sub i32 %nrows, 1
  %44 = sext i32 %43 to i64
  %45 = getelementptr i32, ptr %lims, i64 %44
  %fact = load i32, ptr %45, align 4
  %fact11 = load i32, ptr %lows, align 4
  br label %krange

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %52, %body2 ]
  %46 = icmp slt i64 %chunk5, 8
  br i1 %46, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %47 = mul i64 %chunk5, 64
  %48 = getelementptr i8, ptr %40, i64 %47
  %49 = load <16 x float>, ptr %48, align 4
  %50 = fmul <16 x float> %49, %splat
  %51 = getelementptr <16 x float>, ptr %28, i64 %chunk5
  store <16 x float> %50, ptr %51, align 64
  %52 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %53 = getelementptr float, ptr %ms, i64 %26
  store float 0xFFF0000000000000, ptr %53, align 4
  %54 = getelementptr float, ptr %ls, i64 %26
  store float 0.000000e+00, ptr %54, align 4
  %55 = getelementptr i32, ptr %lims, i64 %26
  %qpos = add i32 %q_pos0, %qi
  %56 = add i32 %qpos, 1
  %57 = call i32 @llvm.smin.i32(i32 %56, i32 %k_end)
  store i32 %57, ptr %55, align 4
  %58 = getelementptr i32, ptr %lows, i64 %26
  %59 = sub i32 %qpos, 2043
  %60 = call i32 @llvm.smax.i32(i32 %59, i32 %k_begin)
  store i32 %60, ptr %58, align 4
  br label %acczero

acczero:                                          ; preds = %body7, %exit4
  %acczero10 = phi i64 [ 0, %exit4 ], [ %66, %body7 ]
  %61 = icmp slt i64 %acczero10, 8
  br i1 %61, label %body7, label %exit9

body7:                                            ; preds = %acczero
  %62 = mul i64 %acczero10, 16
  %63 = mul i64 %26, 128
  %64 = add i64 %63, %62
  %65 = getelementptr float, ptr %accs, i64 %64
  store <16 x float> zeroinitializer, ptr %65, align 64
  %66 = add nsw i64 %acczero10, 1
  br label %acczero

exit9:                                            ; preds = %acczero
  %67 = add nsw i32 %rinit1, 1
  br label %rinit

krange:                                           ; preds = %exit18, %exit
  %krange15 = phi i32 [ 0, %exit ], [ %73, %exit18 ]
  %68 = icmp slt i32 %krange15, 2
  br i1 %68, label %body12, label %orow98

body12:                                           ; preds = %krange
  %69 = icmp eq i32 %krange15, 0
  %range_lo = select i1 %69, i32 0, i32 %fact11
  %70 = call i32 @llvm.smin.i32(i32 %sink_end, i32 %fact)
  %range_hi = select i1 %69, i32 %70, i32 %fact
  %k_last = sub i32 %range_hi, 1
  br label %kblock

kblock:                                           ; preds = %kvh, %body12
  %kblock19 = phi i32 [ %range_lo, %body12 ], [ %72, %kvh ]
  %71 = icmp slt i32 %kblock19, %range_hi
  br i1 %71, label %body16, label %exit18

body16:                                           ; preds = %kblock
  %72 = add i32 %kblock19, 32
  br label %kvh

exit18:                                           ; preds = %kblock
  %73 = add nsw i32 %krange15, 1
  br label %krange

kvh:                                              ; preds = %exit85, %body16
  %kvh23 = phi i32 [ 0, %body16 ], [ %76, %exit85 ]
  %74 = icmp slt i32 %kvh23, 32
  br i1 %74, label %body20, label %kblock

body20:                                           ; preds = %kvh
  %75 = icmp eq i32 %kvh23, 31
  %76 = add i32 %kvh23, 1
  %77 = select i1 %75, i32 0, i32 %76
  %kb_next = select i1 %75, i32 %72, i32 %kblock19
  %78 = sext i32 %kvh23 to i64
  %79 = add i64 %21, %78
  %80 = getelementptr float, ptr %ms, i64 %78
  %81 = getelementptr float, ptr %ls, i64 %78
  %82 = mul i64 %78, 8
  %83 = getelementptr <16 x float>, ptr %qs, i64 %82
  %84 = mul i64 %78, 128
  %85 = getelementptr float, ptr %accs, i64 %84
  %86 = getelementptr i32, ptr %lims, i64 %78
  %87 = getelementptr i32, ptr %lows, i64 %78
  %88 = sext i32 %77 to i64
  %89 = add i64 %21, %88
  br label %kdot

kdot:                                             ; preds = %body24, %body20
  %kdot27 = phi i32 [ 0, %body20 ], [ %181, %body24 ]
  %90 = icmp slt i32 %kdot27, 32
  br i1 %90, label %body24, label %score

body24:                                           ; preds = %kdot
  %91 = add i32 %kblock19, %kdot27
  %92 = call i32 @llvm.smin.i32(i32 %91, i32 %k_last)
  %93 = sext i32 %92 to i64
  %94 = mul i64 %93, 32
  %row = add i64 %79, %94
  %95 = mul i64 %row, 256
  %96 = getelementptr i8, ptr %20, i64 %95
  %97 = add i32 %kb_next, %kdot27
  %98 = call i32 @llvm.smin.i32(i32 %97, i32 %k_last)
  %99 = sext i32 %98 to i64
  %100 = mul i64 %99, 32
  %row28 = add i64 %89, %100
  %101 = mul i64 %row28, 256
  %102 = getelementptr i8, ptr %20, i64 %101
  call void @llvm.prefetch.p0(ptr %102, i32 0, i32 2, i32 1)
  %103 = getelementptr i8, ptr %102, i64 64
  call void @llvm.prefetch.p0(ptr %103, i32 0, i32 2, i32 1)
  %104 = getelementptr i8, ptr %102, i64 128
  call void @llvm.prefetch.p0(ptr %104, i32 0, i32 2, i32 1)
  %105 = getelementptr i8, ptr %102, i64 192
  call void @llvm.prefetch.p0(ptr %105, i32 0, i32 2, i32 1)
  %106 = add i32 %kdot27, 1
  %107 = add i32 %kblock19, %106
  %108 = call i32 @llvm.smin.i32(i32 %107, i32 %k_last)
  %109 = sext i32 %108 to i64
  %110 = mul i64 %109, 32
  %row29 = add i64 %79, %110
  %111 = mul i64 %row29, 256
  %112 = getelementptr i8, ptr %20, i64 %111
  %113 = add i32 %kb_next, %106
  %114 = call i32 @llvm.smin.i32(i32 %113, i32 %k_last)
  %115 = sext i32 %114 to i64
  %116 = mul i64 %115, 32
  %row30 = add i64 %89, %116
  %117 = mul i64 %row30, 256
  %118 = getelementptr i8, ptr %20, i64 %117
  call void @llvm.prefetch.p0(ptr %118, i32 0, i32 2, i32 1)
  %119 = getelementptr i8, ptr %118, i64 64
  call void @llvm.prefetch.p0(ptr %119, i32 0, i32 2, i32 1)
  %120 = getelementptr i8, ptr %118, i64 128
  call void @llvm.prefetch.p0(ptr %120, i32 0, i32 2, i32 1)
  %121 = getelementptr i8, ptr %118, i64 192
  call void @llvm.prefetch.p0(ptr %121, i32 0, i32 2, i32 1)
  %q31 = load <16 x float>, ptr %83, align 64
  %122 = load <16 x half>, ptr %96, align 2
  %f16 = fpext <16 x half> %122 to <16 x float>
  %123 = load <16 x half>, ptr %112, align 2
  %f1632 = fpext <16 x half> %123 to <16 x float>
  %124 = fmul <16 x float> %q31, %f16
  %125 = fmul <16 x float> %q31, %f1632
  %126 = getelementptr <16 x float>, ptr %83, i64 1
  %q33 = load <16 x float>, ptr %126, align 64
  %127 = getelementptr i8, ptr %96, i64 32
  %128 = load <16 x half>, ptr %127, align 2
  %f1634 = fpext <16 x half> %128 to <16 x float>
  %129 = getelementptr i8, ptr %112, i64 32
  %130 = load <16 x half>, ptr %129, align 2
  %f1635 = fpext <16 x half> %130 to <16 x float>
  %131 = fmul <16 x float> %q33, %f1634
  %132 = fmul <16 x float> %q33, %f1635
  %133 = getelementptr <16 x float>, ptr %83, i64 2
  %q36 = load <16 x float>, ptr %133, align 64
  %134 = getelementptr i8, ptr %96, i64 64
  %135 = load <16 x half>, ptr %134, align 2
  %f1637 = fpext <16 x half> %135 to <16 x float>
  %136 = getelementptr i8, ptr %112, i64 64
  %137 = load <16 x half>, ptr %136, align 2
  %f1638 = fpext <16 x half> %137 to <16 x float>
  %138 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f1637, <16 x float> %124)
  %139 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f1638, <16 x float> %125)
  %140 = getelementptr <16 x float>, ptr %83, i64 3
  %q39 = load <16 x float>, ptr %140, align 64
  %141 = getelementptr i8, ptr %96, i64 96
  %142 = load <16 x half>, ptr %141, align 2
  %f1640 = fpext <16 x half> %142 to <16 x float>
  %143 = getelementptr i8, ptr %112, i64 96
  %144 = load <16 x half>, ptr %143, align 2
  %f1641 = fpext <16 x half> %144 to <16 x float>
  %145 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q39, <16 x float> %f1640, <16 x float> %131)
  %146 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q39, <16 x float> %f1641, <16 x float> %132)
  %147 = getelementptr <16 x float>, ptr %83, i64 4
  %q42 = load <16 x float>, ptr %147, align 64
  %148 = getelementptr i8, ptr %96, i64 128
  %149 = load <16 x half>, ptr %148, align 2
  %f1643 = fpext <16 x half> %149 to <16 x float>
  %150 = getelementptr i8, ptr %112, i64 128
  %151 = load <16 x half>, ptr %150, align 2
  %f1644 = fpext <16 x half> %151 to <16 x float>
  %152 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q42, <16 x float> %f1643, <16 x float> %138)
  %153 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q42, <16 x float> %f1644, <16 x float> %139)
  %154 = getelementptr <16 x float>, ptr %83, i64 5
  %q45 = load <16 x float>, ptr %154, align 64
  %155 = getelementptr i8, ptr %96, i64 160
  %156 = load <16 x half>, ptr %155, align 2
  %f1646 = fpext <16 x half> %156 to <16 x float>
  %157 = getelementptr i8, ptr %112, i64 160
  %158 = load <16 x half>, ptr %157, align 2
  %f1647 = fpext <16 x half> %158 to <16 x float>
  %159 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q45, <16 x float> %f1646, <16 x float> %145)
  %160 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q45, <16 x float> %f1647, <16 x float> %146)
  %161 = getelementptr <16 x float>, ptr %83, i64 6
  %q48 = load <16 x float>, ptr %161, align 64
  %162 = getelementptr i8, ptr %96, i64 192
  %163 = load <16 x half>, ptr %162, align 2
  %f1649 = fpext <16 x half> %163 to <16 x float>
  %164 = getelementptr i8, ptr %112, i64 192
  %165 = load <16 x half>, ptr %164, align 2
  %f1650 = fpext <16 x half> %165 to <16 x float>
  %166 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q48, <16 x float> %f1649, <16 x float> %152)
  %167 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q48, <16 x float> %f1650, <16 x float> %153)
  %168 = getelementptr <16 x float>, ptr %83, i64 7
  %q51 = load <16 x float>, ptr %168, align 64
  %169 = getelementptr i8, ptr %96, i64 224
  %170 = load <16 x half>, ptr %169, align 2
  %f1652 = fpext <16 x half> %170 to <16 x float>
  %171 = getelementptr i8, ptr %112, i64 224
  %172 = load <16 x half>, ptr %171, align 2
  %f1653 = fpext <16 x half> %172 to <16 x float>
  %173 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q51, <16 x float> %f1652, <16 x float> %159)
  %174 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q51, <16 x float> %f1653, <16 x float> %160)
  %175 = fadd <16 x float> %166, %173
  %176 = sext i32 %kdot27 to i64
  %177 = getelementptr <16 x float>, ptr %dbuf, i64 %176
  store <16 x float> %175, ptr %177, align 64
  %178 = fadd <16 x float> %167, %174
  %179 = sext i32 %106 to i64
  %180 = getelementptr <16 x float>, ptr %dbuf, i64 %179
  store <16 x float> %178, ptr %180, align 64
  %181 = add nsw i32 %kdot27, 2
  br label %kdot

score:                                            ; preds = %kdot, %body54
  %score57 = phi i64 [ %304, %body54 ], [ 0, %kdot ]
  %182 = icmp slt i64 %score57, 2
  br i1 %182, label %body54, label %rmax

body54:                                           ; preds = %score
  %183 = sdiv i64 %score57, 2
  %184 = srem i64 %score57, 2
  %185 = mul i64 %184, 16
  %186 = mul i64 %183, 32
  %187 = add i64 %186, %185
  %188 = getelementptr <16 x float>, ptr %dbuf, i64 %187
  %189 = load <16 x float>, ptr %188, align 64
  %190 = add i64 %187, 1
  %191 = getelementptr <16 x float>, ptr %dbuf, i64 %190
  %192 = load <16 x float>, ptr %191, align 64
  %193 = shufflevector <16 x float> %189, <16 x float> %192, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %194 = shufflevector <16 x float> %189, <16 x float> %192, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %195 = fadd <16 x float> %193, %194
  %196 = add i64 %187, 2
  %197 = getelementptr <16 x float>, ptr %dbuf, i64 %196
  %198 = load <16 x float>, ptr %197, align 64
  %199 = add i64 %187, 3
  %200 = getelementptr <16 x float>, ptr %dbuf, i64 %199
  %201 = load <16 x float>, ptr %200, align 64
  %202 = shufflevector <16 x float> %198, <16 x float> %201, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %203 = shufflevector <16 x float> %198, <16 x float> %201, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %204 = fadd <16 x float> %202, %203
  %205 = shufflevector <16 x float> %195, <16 x float> %204, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %206 = shufflevector <16 x float> %195, <16 x float> %204, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %207 = fadd <16 x float> %205, %206
  %208 = add i64 %187, 4
  %209 = getelementptr <16 x float>, ptr %dbuf, i64 %208
  %210 = load <16 x float>, ptr %209, align 64
  %211 = add i64 %187, 5
  %212 = getelementptr <16 x float>, ptr %dbuf, i64 %211
  %213 = load <16 x float>, ptr %212, align 64
  %214 = shufflevector <16 x float> %210, <16 x float> %213, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %215 = shufflevector <16 x float> %210, <16 x float> %213, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %216 = fadd <16 x float> %214, %215
  %217 = add i64 %187, 6
  %218 = getelementptr <16 x float>, ptr %dbuf, i64 %217
  %219 = load <16 x float>, ptr %218, align 64
  %220 = add i64 %187, 7
  %221 = getelementptr <16 x float>, ptr %dbuf, i64 %220
  %222 = load <16 x float>, ptr %221, align 64
  %223 = shufflevector <16 x float> %219, <16 x float> %222, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %224 = shufflevector <16 x float> %219, <16 x float> %222, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %225 = fadd <16 x float> %223, %224
  %226 = shufflevector <16 x float> %216, <16 x float> %225, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %227 = shufflevector <16 x float> %216, <16 x float> %225, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %228 = fadd <16 x float> %226, %227
  %229 = shufflevector <16 x float> %207, <16 x float> %228, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %230 = shufflevector <16 x float> %207, <16 x float> %228, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %231 = fadd <16 x float> %229, %230
  %232 = add i64 %187, 8
  %233 = getelementptr <16 x float>, ptr %dbuf, i64 %232
  %234 = load <16 x float>, ptr %233, align 64
  %235 = add i64 %187, 9
  %236 = getelementptr <16 x float>, ptr %dbuf, i64 %235
  %237 = load <16 x float>, ptr %236, align 64
  %238 = shufflevector <16 x float> %234, <16 x float> %237, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %239 = shufflevector <16 x float> %234, <16 x float> %237, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %240 = fadd <16 x float> %238, %239
  %241 = add i64 %187, 10
  %242 = getelementptr <16 x float>, ptr %dbuf, i64 %241
  %243 = load <16 x float>, ptr %242, align 64
  %244 = add i64 %187, 11
  %245 = getelementptr <16 x float>, ptr %dbuf, i64 %244
  %246 = load <16 x float>, ptr %245, align 64
  %247 = shufflevector <16 x float> %243, <16 x float> %246, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %248 = shufflevector <16 x float> %243, <16 x float> %246, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %249 = fadd <16 x float> %247, %248
  %250 = shufflevector <16 x float> %240, <16 x float> %249, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %251 = shufflevector <16 x float> %240, <16 x float> %249, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %252 = fadd <16 x float> %250, %251
  %253 = add i64 %187, 12
  %254 = getelementptr <16 x float>, ptr %dbuf, i64 %253
  %255 = load <16 x float>, ptr %254, align 64
  %256 = add i64 %187, 13
  %257 = getelementptr <16 x float>, ptr %dbuf, i64 %256
  %258 = load <16 x float>, ptr %257, align 64
  %259 = shufflevector <16 x float> %255, <16 x float> %258, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %260 = shufflevector <16 x float> %255, <16 x float> %258, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %261 = fadd <16 x float> %259, %260
  %262 = add i64 %187, 14
  %263 = getelementptr <16 x float>, ptr %dbuf, i64 %262
  %264 = load <16 x float>, ptr %263, align 64
  %265 = add i64 %187, 15
  %266 = getelementptr <16 x float>, ptr %dbuf, i64 %265
  %267 = load <16 x float>, ptr %266, align 64
  %268 = shufflevector <16 x float> %264, <16 x float> %267, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %269 = shufflevector <16 x float> %264, <16 x float> %267, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %270 = fadd <16 x float> %268, %269
  %271 = shufflevector <16 x float> %261, <16 x float> %270, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %272 = shufflevector <16 x float> %261, <16 x float> %270, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %273 = fadd <16 x float> %271, %272
  %274 = shufflevector <16 x float> %252, <16 x float> %273, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %275 = shufflevector <16 x float> %252, <16 x float> %273, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %276 = fadd <16 x float> %274, %275
  %277 = shufflevector <16 x float> %231, <16 x float> %276, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %278 = shufflevector <16 x float> %231, <16 x float> %276, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %279 = fadd <16 x float> %277, %278
  %280 = getelementptr i32, ptr %86, i64 %183
  %281 = load i32, ptr %280, align 4
  %282 = insertelement <16 x i32> poison, i32 %281, i32 0
  %splat58 = shufflevector <16 x i32> %282, <16 x i32> poison, <16 x i32> zeroinitializer
  %283 = getelementptr i32, ptr %87, i64 %183
  %284 = load i32, ptr %283, align 4
  %285 = insertelement <16 x i32> poison, i32 %284, i32 0
  %splat59 = shufflevector <16 x i32> %285, <16 x i32> poison, <16 x i32> zeroinitializer
  %286 = insertelement <16 x i32> poison, i32 %range_hi, i32 0
  %splat60 = shufflevector <16 x i32> %286, <16 x i32> poison, <16 x i32> zeroinitializer
  %287 = call <16 x i32> @llvm.smin.v16i32(<16 x i32> %splat58, <16 x i32> %splat60)
  %288 = trunc i64 %185 to i32
  %289 = add i32 %kblock19, %288
  %290 = insertelement <16 x i32> poison, i32 %289, i32 0
  %splat61 = shufflevector <16 x i32> %290, <16 x i32> poison, <16 x i32> zeroinitializer
  %291 = add <16 x i32> %splat61, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %292 = icmp slt <16 x i32> %291, %287
  %293 = icmp sge <16 x i32> %291, %splat59
  %294 = icmp slt <16 x i32> %291, <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %295 = or <16 x i1> %293, %294
  %296 = and <16 x i1> %292, %295
  %297 = select <16 x i1> %296, <16 x float> %279, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %298 = getelementptr float, ptr %pbuf, i64 %187
  store <16 x float> %297, ptr %298, align 64
  %299 = getelementptr <16 x float>, ptr %smax, i64 %183
  %300 = icmp eq i64 %184, 0
  %301 = load <16 x float>, ptr %299, align 64
  %302 = select i1 %300, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %301
  %303 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %302, <16 x float> %297)
  store <16 x float> %303, ptr %299, align 64
  %304 = add nsw i64 %score57, 1
  br label %score

rmax:                                             ; preds = %score, %body62
  %rmax65 = phi i64 [ %341, %body62 ], [ 0, %score ]
  %305 = icmp slt i64 %rmax65, 1
  br i1 %305, label %body62, label %pexp

body62:                                           ; preds = %rmax
  %306 = getelementptr float, ptr %80, i64 %rmax65
  %m = load float, ptr %306, align 4
  %307 = getelementptr <16 x float>, ptr %smax, i64 %rmax65
  %308 = load <16 x float>, ptr %307, align 64
  %309 = shufflevector <16 x float> %308, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %310 = shufflevector <16 x float> %308, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %311 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %309, <8 x float> %310)
  %312 = shufflevector <8 x float> %311, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %313 = shufflevector <8 x float> %311, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %314 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %312, <4 x float> %313)
  %315 = shufflevector <4 x float> %314, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %316 = shufflevector <4 x float> %314, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %317 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %315, <2 x float> %316)
  %318 = shufflevector <2 x float> %317, <2 x float> undef, <1 x i32> zeroinitializer
  %319 = shufflevector <2 x float> %317, <2 x float> undef, <1 x i32> <i32 1>
  %320 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %318, <1 x float> %319)
  %321 = extractelement <1 x float> %320, i32 0
  %322 = call float @llvm.maxnum.f32(float %m, float %321)
  %323 = fcmp oeq float %322, 0xFFF0000000000000
  %muse66 = select i1 %323, float 0.000000e+00, float %322
  %324 = fsub float %m, %muse66
  %325 = insertelement <16 x float> poison, float %324, i32 0
  %splat67 = shufflevector <16 x float> %325, <16 x float> poison, <16 x i32> zeroinitializer
  %326 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat67, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %327 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %326, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %328 = fadd <16 x float> %327, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %328, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %327, %n
  %329 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %330 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %329, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %330, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %332 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %331, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %333 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %332, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %334 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %333, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %335 = fptosi <16 x float> %n to <16 x i32>
  %336 = add <16 x i32> %335, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %337 = shl <16 x i32> %336, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %338 = bitcast <16 x i32> %337 to <16 x float>
  %exp2 = fmul <16 x float> %334, %338
  %alpha68 = extractelement <16 x float> %exp2, i32 0
  store float %322, ptr %306, align 4
  %339 = getelementptr float, ptr %muse, i64 %rmax65
  store float %muse66, ptr %339, align 4
  %340 = getelementptr float, ptr %alpha, i64 %rmax65
  store float %alpha68, ptr %340, align 4
  %341 = add nsw i64 %rmax65, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body69
  %pexp72 = phi i64 [ %372, %body69 ], [ 0, %rmax ]
  %342 = icmp slt i64 %pexp72, 2
  br i1 %342, label %body69, label %lsum77

body69:                                           ; preds = %pexp
  %343 = sdiv i64 %pexp72, 2
  %344 = srem i64 %pexp72, 2
  %345 = mul i64 %344, 16
  %346 = mul i64 %343, 32
  %347 = add i64 %346, %345
  %348 = getelementptr float, ptr %pbuf, i64 %347
  %349 = getelementptr float, ptr %muse, i64 %343
  %350 = load float, ptr %349, align 4
  %351 = insertelement <16 x float> poison, float %350, i32 0
  %splat73 = shufflevector <16 x float> %351, <16 x float> poison, <16 x i32> zeroinitializer
  %352 = load <16 x float>, ptr %348, align 64
  %353 = fsub <16 x float> %352, %splat73
  %354 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %353, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %355 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %354, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %356 = fadd <16 x float> %355, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n74 = fsub <16 x float> %356, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f75 = fsub <16 x float> %355, %n74
  %357 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f75, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %358 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %357, <16 x float> %f75, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %359 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %358, <16 x float> %f75, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %360 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %359, <16 x float> %f75, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %360, <16 x float> %f75, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %362 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %361, <16 x float> %f75, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %363 = fptosi <16 x float> %n74 to <16 x i32>
  %364 = add <16 x i32> %363, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %365 = shl <16 x i32> %364, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %366 = bitcast <16 x i32> %365 to <16 x float>
  %exp276 = fmul <16 x float> %362, %366
  store <16 x float> %exp276, ptr %348, align 64
  %367 = getelementptr <16 x float>, ptr %lsum, i64 %343
  %368 = icmp eq i64 %344, 0
  %369 = load <16 x float>, ptr %367, align 64
  %370 = select i1 %368, <16 x float> zeroinitializer, <16 x float> %369
  %371 = fadd <16 x float> %370, %exp276
  store <16 x float> %371, ptr %367, align 64
  %372 = add nsw i64 %pexp72, 1
  br label %pexp

lsum77:                                           ; preds = %pexp, %body78
  %lsum81 = phi i64 [ %381, %body78 ], [ 0, %pexp ]
  %373 = icmp slt i64 %lsum81, 1
  br i1 %373, label %body78, label %exit80

body78:                                           ; preds = %lsum77
  %374 = getelementptr float, ptr %81, i64 %lsum81
  %375 = getelementptr float, ptr %alpha, i64 %lsum81
  %376 = load float, ptr %375, align 4
  %377 = getelementptr <16 x float>, ptr %lsum, i64 %lsum81
  %378 = load <16 x float>, ptr %377, align 64
  %379 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %378)
  %l = load float, ptr %374, align 4
  %380 = call float @llvm.fmuladd.f32(float %l, float %376, float %379)
  store float %380, ptr %374, align 4
  %381 = add nsw i64 %lsum81, 1
  br label %lsum77

exit80:                                           ; preds = %lsum77
  %382 = sub i32 %range_hi, %kblock19
  %383 = call i32 @llvm.smin.i32(i32 32, i32 %382)
  %384 = load float, ptr %alpha, align 4
  %385 = insertelement <16 x float> poison, float %384, i32 0
  %splat82 = shufflevector <16 x float> %385, <16 x float> poison, <16 x i32> zeroinitializer
  %386 = load <16 x float>, ptr %85, align 64
  %387 = fmul <16 x float> %386, %splat82
  %388 = getelementptr float, ptr %85, i64 16
  %389 = load <16 x float>, ptr %388, align 64
  %390 = fmul <16 x float> %389, %splat82
  %391 = getelementptr float, ptr %85, i64 32
  %392 = load <16 x float>, ptr %391, align 64
  %393 = fmul <16 x float> %392, %splat82
  %394 = getelementptr float, ptr %85, i64 48
  %395 = load <16 x float>, ptr %394, align 64
  %396 = fmul <16 x float> %395, %splat82
  %397 = getelementptr float, ptr %85, i64 64
  %398 = load <16 x float>, ptr %397, align 64
  %399 = fmul <16 x float> %398, %splat82
  %400 = getelementptr float, ptr %85, i64 80
  %401 = load <16 x float>, ptr %400, align 64
  %402 = fmul <16 x float> %401, %splat82
  %403 = getelementptr float, ptr %85, i64 96
  %404 = load <16 x float>, ptr %403, align 64
  %405 = fmul <16 x float> %404, %splat82
  %406 = getelementptr float, ptr %85, i64 112
  %407 = load <16 x float>, ptr %406, align 64
  %408 = fmul <16 x float> %407, %splat82
  br label %kpv

kpv:                                              ; preds = %body83, %exit80
  %pacc.sroa.28.0 = phi <16 x float> [ %408, %exit80 ], [ %449, %body83 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %405, %exit80 ], [ %446, %body83 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %402, %exit80 ], [ %443, %body83 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %399, %exit80 ], [ %440, %body83 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %396, %exit80 ], [ %437, %body83 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %393, %exit80 ], [ %434, %body83 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %390, %exit80 ], [ %431, %body83 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %387, %exit80 ], [ %428, %body83 ]
  %kpv86 = phi i32 [ 0, %exit80 ], [ %450, %body83 ]
  %409 = icmp slt i32 %kpv86, %383
  br i1 %409, label %body83, label %exit85

body83:                                           ; preds = %kpv
  %410 = add i32 %kblock19, %kpv86
  %411 = sext i32 %410 to i64
  %412 = mul i64 %411, 32
  %row87 = add i64 %79, %412
  %413 = mul i64 %row87, 256
  %414 = getelementptr i8, ptr %23, i64 %413
  %415 = add i32 %kb_next, %kpv86
  %416 = call i32 @llvm.smin.i32(i32 %415, i32 %k_last)
  %417 = sext i32 %416 to i64
  %418 = mul i64 %417, 32
  %row88 = add i64 %89, %418
  %419 = mul i64 %row88, 256
  %420 = getelementptr i8, ptr %23, i64 %419
  call void @llvm.prefetch.p0(ptr %420, i32 0, i32 2, i32 1)
  %421 = getelementptr i8, ptr %420, i64 64
  call void @llvm.prefetch.p0(ptr %421, i32 0, i32 2, i32 1)
  %422 = getelementptr i8, ptr %420, i64 128
  call void @llvm.prefetch.p0(ptr %422, i32 0, i32 2, i32 1)
  %423 = getelementptr i8, ptr %420, i64 192
  call void @llvm.prefetch.p0(ptr %423, i32 0, i32 2, i32 1)
  %424 = sext i32 %kpv86 to i64
  %425 = getelementptr float, ptr %pbuf, i64 %424
  %p = load float, ptr %425, align 4
  %426 = insertelement <16 x float> poison, float %p, i32 0
  %splat89 = shufflevector <16 x float> %426, <16 x float> poison, <16 x i32> zeroinitializer
  %427 = load <16 x half>, ptr %414, align 2
  %f1690 = fpext <16 x half> %427 to <16 x float>
  %428 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat89, <16 x float> %f1690, <16 x float> %pacc.sroa.0.0)
  %429 = getelementptr i8, ptr %414, i64 32
  %430 = load <16 x half>, ptr %429, align 2
  %f1691 = fpext <16 x half> %430 to <16 x float>
  %431 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat89, <16 x float> %f1691, <16 x float> %pacc.sroa.4.0)
  %432 = getelementptr i8, ptr %414, i64 64
  %433 = load <16 x half>, ptr %432, align 2
  %f1692 = fpext <16 x half> %433 to <16 x float>
  %434 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat89, <16 x float> %f1692, <16 x float> %pacc.sroa.8.0)
  %435 = getelementptr i8, ptr %414, i64 96
  %436 = load <16 x half>, ptr %435, align 2
  %f1693 = fpext <16 x half> %436 to <16 x float>
  %437 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat89, <16 x float> %f1693, <16 x float> %pacc.sroa.12.0)
  %438 = getelementptr i8, ptr %414, i64 128
  %439 = load <16 x half>, ptr %438, align 2
  %f1694 = fpext <16 x half> %439 to <16 x float>
  %440 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat89, <16 x float> %f1694, <16 x float> %pacc.sroa.16.0)
  %441 = getelementptr i8, ptr %414, i64 160
  %442 = load <16 x half>, ptr %441, align 2
  %f1695 = fpext <16 x half> %442 to <16 x float>
  %443 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat89, <16 x float> %f1695, <16 x float> %pacc.sroa.20.0)
  %444 = getelementptr i8, ptr %414, i64 192
  %445 = load <16 x half>, ptr %444, align 2
  %f1696 = fpext <16 x half> %445 to <16 x float>
  %446 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat89, <16 x float> %f1696, <16 x float> %pacc.sroa.24.0)
  %447 = getelementptr i8, ptr %414, i64 224
  %448 = load <16 x half>, ptr %447, align 2
  %f1697 = fpext <16 x half> %448 to <16 x float>
  %449 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat89, <16 x float> %f1697, <16 x float> %pacc.sroa.28.0)
  %450 = add nsw i32 %kpv86, 1
  br label %kpv

exit85:                                           ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %85, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %388, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %391, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %394, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %397, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %400, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %403, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %406, align 64
  br label %kvh

orow98:                                           ; preds = %krange, %written
  %orow102 = phi i32 [ %473, %written ], [ 0, %krange ]
  %451 = icmp slt i32 %orow102, %nrows
  br i1 %451, label %body99, label %done

body99:                                           ; preds = %orow98
  %452 = sext i32 %orow102 to i64
  %453 = getelementptr float, ptr %ms, i64 %452
  %m103 = load float, ptr %453, align 4
  %454 = getelementptr float, ptr %ls, i64 %452
  %l104 = load float, ptr %454, align 4
  %455 = mul i64 %452, 128
  %456 = getelementptr float, ptr %accs, i64 %455
  %457 = icmp ne ptr %part, null
  br i1 %457, label %partial, label %final

partial:                                          ; preds = %body99
  %458 = sext i32 %nrows to i64
  %459 = getelementptr float, ptr %part, i64 %455
  br label %chunk105

final:                                            ; preds = %body99
  %460 = sdiv i32 %orow102, %nh
  %qi110 = add i32 %q_begin, %460
  %461 = srem i32 %orow102, %nh
  %462 = add i32 %h_begin, %461
  %hq111 = add i32 %kv_head0, %462
  %463 = sext i32 %qi110 to i64
  %464 = add i64 %q_row0, %463
  %465 = mul i64 %464, 32
  %466 = sext i32 %hq111 to i64
  %orow112 = add i64 %465, %466
  %467 = fcmp oeq float %l104, 0.000000e+00
  %468 = fdiv float 1.000000e+00, %l104
  %469 = select i1 %467, float 0.000000e+00, float %468
  %470 = mul i64 %orow112, 512
  %471 = getelementptr i8, ptr %out, i64 %470
  %472 = insertelement <16 x float> poison, float %469, i32 0
  %splat113 = shufflevector <16 x float> %472, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk114

written:                                          ; preds = %exit117, %exit108
  %473 = add nsw i32 %orow102, 1
  br label %orow98

chunk105:                                         ; preds = %body106, %partial
  %chunk109 = phi i64 [ 0, %partial ], [ %479, %body106 ]
  %474 = icmp slt i64 %chunk109, 8
  br i1 %474, label %body106, label %exit108

body106:                                          ; preds = %chunk105
  %475 = getelementptr <16 x float>, ptr %456, i64 %chunk109
  %476 = load <16 x float>, ptr %475, align 64
  %477 = mul i64 %chunk109, 64
  %478 = getelementptr i8, ptr %459, i64 %477
  store <16 x float> %476, ptr %478, align 4
  %479 = add nsw i64 %chunk109, 1
  br label %chunk105

exit108:                                          ; preds = %chunk105
  %480 = mul i64 %458, 128
  %481 = add i64 %480, %452
  %482 = getelementptr float, ptr %part, i64 %481
  store float %m103, ptr %482, align 4
  %483 = add i64 %481, %458
  %484 = getelementptr float, ptr %part, i64 %483
  store float %l104, ptr %484, align 4
  br label %written

chunk114:                                         ; preds = %body115, %final
  %chunk118 = phi i64 [ 0, %final ], [ %491, %body115 ]
  %485 = icmp slt i64 %chunk118, 8
  br i1 %485, label %body115, label %exit117

body115:                                          ; preds = %chunk114
  %486 = getelementptr <16 x float>, ptr %456, i64 %chunk118
  %487 = load <16 x float>, ptr %486, align 64
  %488 = fmul <16 x float> %487, %splat113
  %489 = mul i64 %chunk118, 64
  %490 = getelementptr i8, ptr %471, i64 %489
  store <16 x float> %488, ptr %490, align 4
  %491 = add nsw i64 %chunk118, 1
  br label %chunk114

exit117:                                          ; preds = %chunk114
  %492 = call float @llvm.log.f32(float %l104)
  %493 = call float @llvm.fmuladd.f32(float %m103, float 0x3FE62E4300000000, float %492)
  %lse119 = select i1 %467, float 0xFFF0000000000000, float %493
  %494 = getelementptr float, ptr %lse, i64 %orow112
  store float %lse119, ptr %494, align 4
  br label %written
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @llvm.prefetch.p0(ptr nocapture readonly, i32 immarg, i32 immarg, i32 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x i32> @llvm.smin.v16i32(<16 x i32>, <16 x i32>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x float> @llvm.maxnum.v2f32(<2 x float>, <2 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <1 x float> @llvm.maxnum.v1f32(<1 x float>, <1 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fadd.v16f32(float, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #1

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @sinks(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @sinks_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @sinks_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @sinks_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @sinks_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @sinks_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @sinks_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @sinks_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @sinks_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @sinks_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @sinks_info() #0 {
entry:
  ret ptr @sinks_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
