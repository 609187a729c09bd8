; ModuleID = 'prefill_d80'
source_filename = "prefill_d80"
target triple = "x86_64-unknown-linux-gnu"

@prefill_d80.name = private unnamed_addr constant [12 x i8] c"prefill_d80\00"
@prefill_d80.spec = private unnamed_addr constant [253 x i8] c"attncc: 1\0Aname: prefill_d80\0Aphase: prefill\0Aheads: {q: 32, kv: 32, dim: 80, v_dim: 80}\0Atypes: {q: f32, cache: f32, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 2048}\0Amask: {causal: true}\0Aoutput: {lse: true}\0A\00"
@prefill_d80_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float } { i32 1, i32 1, i64 -4069821009547178855, ptr @prefill_d80.name, ptr @prefill_d80.spec, i32 32, i32 32, i32 80, i32 80, i32 0, i32 0, i32 0, i32 1, i32 0, i32 0, i32 2048, i32 1, i32 1, float 0x3FBC9F25C0000000 }, align 8
@prefill_d80_kernel = internal constant { ptr, ptr, i32, i32, i32, i32 } { ptr @prefill_d80_info_data, ptr @prefill_d80_tile, i32 32, i32 1, i32 16, i32 256 }, align 8

; Function Attrs: nounwind
define internal void @prefill_d80_tile(ptr %0, ptr %1) #0 {
entry:
  %blim157 = alloca [4 x i32], align 64
  %bacc158 = alloca [20 x <16 x float>], align 64
  %bl159 = alloca [4 x <16 x float>], align 64
  %bm160 = alloca [4 x float], align 64
  %ms161 = alloca [32 x float], align 64
  %ls162 = alloca [32 x <16 x float>], align 64
  %accs163 = alloca [160 x <16 x float>], align 64
  %qs164 = alloca [160 x <16 x float>], align 64
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
  %9 = getelementptr i8, ptr %1, i64 32
  %q_pos0 = load i32, ptr %9, align 4
  %10 = getelementptr i8, ptr %1, i64 36
  %k_begin = load i32, ptr %10, align 4
  %11 = getelementptr i8, ptr %1, i64 40
  %k_end = load i32, ptr %11, align 4
  %12 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %12, align 8
  %13 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %14, align 8
  %15 = getelementptr i8, ptr %0, i64 48
  %lse = load ptr, ptr %15, align 8
  %16 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %16, align 8
  %17 = sext i32 %seq to i64
  %18 = sext i32 %kv_head to i64
  %19 = shl nsw i64 %17, 16
  %20 = add nsw i64 %19, %18
  %21 = mul nsw i64 %20, 320
  %22 = getelementptr i8, ptr %k_cache, i64 %21
  %23 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %23, align 8
  %24 = getelementptr i8, ptr %v_cache, i64 %21
  %25 = icmp sgt i32 %nrows, 0
  br i1 %25, label %work, label %done

work:                                             ; preds = %entry
  %26 = add nuw i32 %nrows, 3
  %27 = sdiv i32 %26, 4
  %nrows_pad = shl nsw i32 %27, 2
  %28 = add nsw i32 %nrows, -1
  br label %qrow

done:                                             ; preds = %orow141, %entry
  ret void

qrow:                                             ; preds = %body, %work
  %qrow1 = phi i32 [ 0, %work ], [ %74, %body ]
  %29 = icmp slt i32 %qrow1, %nrows_pad
  br i1 %29, label %body, label %exit

body:                                             ; preds = %qrow
  %30 = icmp slt i32 %qrow1, %nrows
  %31 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %28)
  %32 = sdiv i32 %31, %nh
  %qi = add i32 %q_begin, %32
  %33 = srem i32 %31, %nh
  %h = add i32 %h_begin, %33
  %hq = add i32 %kv_head, %h
  %34 = sext i32 %qi to i64
  %35 = add i64 %q_row0, %34
  %36 = shl i64 %35, 5
  %37 = sext i32 %hq to i64
  %orow = add i64 %36, %37
  %38 = mul i64 %orow, 320
  %39 = getelementptr i8, ptr %q, i64 %38
  %40 = select i1 %30, float 0x3FC4A56B80000000, float 0.000000e+00
  %41 = insertelement <16 x float> poison, float %40, i64 0
  %splat = shufflevector <16 x float> %41, <16 x float> poison, <16 x i32> zeroinitializer
  %42 = zext nneg i32 %qrow1 to i64
  %43 = load <16 x float>, ptr %39, align 4
  %44 = fmul <16 x float> %43, %splat
  %45 = mul nuw nsw i64 %42, 5
  %46 = getelementptr <16 x float>, ptr %qs164, i64 %45
  store <16 x float> %44, ptr %46, align 64
  %47 = getelementptr i8, ptr %39, i64 64
  %48 = load <16 x float>, ptr %47, align 4
  %49 = fmul <16 x float> %48, %splat
  %50 = add nuw nsw i64 %45, 1
  %51 = getelementptr <16 x float>, ptr %qs164, i64 %50
  store <16 x float> %49, ptr %51, align 64
  %52 = getelementptr i8, ptr %39, i64 128
  %53 = load <16 x float>, ptr %52, align 4
  %54 = fmul <16 x float> %53, %splat
  %55 = add nuw nsw i64 %45, 2
  %56 = getelementptr <16 x float>, ptr %qs164, i64 %55
  store <16 x float> %54, ptr %56, align 64
  %57 = getelementptr i8, ptr %39, i64 192
  %58 = load <16 x float>, ptr %57, align 4
  %59 = fmul <16 x float> %58, %splat
  %60 = add nuw nsw i64 %45, 3
  %61 = getelementptr <16 x float>, ptr %qs164, i64 %60
  store <16 x float> %59, ptr %61, align 64
  %62 = getelementptr i8, ptr %39, i64 256
  %63 = load <16 x float>, ptr %62, align 4
  %64 = fmul <16 x float> %63, %splat
  %65 = add nuw nsw i64 %45, 4
  %66 = getelementptr <16 x float>, ptr %qs164, i64 %65
  store <16 x float> %64, ptr %66, align 64
  %67 = getelementptr <16 x float>, ptr %accs163, i64 %45
  store <16 x float> zeroinitializer, ptr %67, align 64
  %68 = getelementptr <16 x float>, ptr %accs163, i64 %50
  store <16 x float> zeroinitializer, ptr %68, align 64
  %69 = getelementptr <16 x float>, ptr %accs163, i64 %55
  store <16 x float> zeroinitializer, ptr %69, align 64
  %70 = getelementptr <16 x float>, ptr %accs163, i64 %60
  store <16 x float> zeroinitializer, ptr %70, align 64
  %71 = getelementptr <16 x float>, ptr %accs163, i64 %65
  store <16 x float> zeroinitializer, ptr %71, align 64
  %72 = getelementptr float, ptr %ms161, i64 %42
  store float 0xFFF0000000000000, ptr %72, align 4
  %73 = getelementptr <16 x float>, ptr %ls162, i64 %42
  store <16 x float> zeroinitializer, ptr %73, align 64
  %74 = add nuw nsw i32 %qrow1, 1
  br label %qrow

exit:                                             ; preds = %qrow
  %75 = add i32 %q_pos0, %q_end
  %76 = call i32 @llvm.smin.i32(i32 %k_end, i32 %75)
  %77 = getelementptr inbounds i8, ptr %bacc158, i64 64
  %78 = getelementptr inbounds i8, ptr %bacc158, i64 128
  %79 = getelementptr inbounds i8, ptr %bacc158, i64 192
  %80 = getelementptr inbounds i8, ptr %bacc158, i64 256
  %81 = getelementptr inbounds i8, ptr %bm160, i64 4
  %82 = getelementptr inbounds i8, ptr %bl159, i64 64
  %83 = getelementptr inbounds i8, ptr %bacc158, i64 320
  %84 = getelementptr inbounds i8, ptr %bacc158, i64 384
  %85 = getelementptr inbounds i8, ptr %bacc158, i64 448
  %86 = getelementptr inbounds i8, ptr %bacc158, i64 512
  %87 = getelementptr inbounds i8, ptr %bacc158, i64 576
  %88 = getelementptr inbounds i8, ptr %blim157, i64 4
  %89 = getelementptr inbounds i8, ptr %bm160, i64 8
  %90 = getelementptr inbounds i8, ptr %bl159, i64 128
  %91 = getelementptr inbounds i8, ptr %bacc158, i64 640
  %92 = getelementptr inbounds i8, ptr %bacc158, i64 704
  %93 = getelementptr inbounds i8, ptr %bacc158, i64 768
  %94 = getelementptr inbounds i8, ptr %bacc158, i64 832
  %95 = getelementptr inbounds i8, ptr %bacc158, i64 896
  %96 = getelementptr inbounds i8, ptr %blim157, i64 8
  %97 = getelementptr inbounds i8, ptr %bm160, i64 12
  %98 = getelementptr inbounds i8, ptr %bl159, i64 192
  %99 = getelementptr inbounds i8, ptr %bacc158, i64 960
  %100 = getelementptr inbounds i8, ptr %bacc158, i64 1024
  %101 = getelementptr inbounds i8, ptr %bacc158, i64 1088
  %102 = getelementptr inbounds i8, ptr %bacc158, i64 1152
  %103 = getelementptr inbounds i8, ptr %bacc158, i64 1216
  %104 = getelementptr inbounds i8, ptr %blim157, i64 12
  %105 = add i32 %k_end, -1
  br label %ktile

ktile:                                            ; preds = %rblock, %exit
  %ktile5 = phi i32 [ %k_begin, %exit ], [ %107, %rblock ]
  %106 = icmp slt i32 %ktile5, %76
  br i1 %106, label %rblock.preheader, label %orow141.preheader

rblock.preheader:                                 ; preds = %ktile
  %107 = add i32 %ktile5, 400
  br label %rblock

orow141.preheader:                                ; preds = %ktile
  %invariant.gep = getelementptr inbounds i8, ptr %accs163, i64 64
  %invariant.gep165 = getelementptr inbounds i8, ptr %accs163, i64 128
  %invariant.gep167 = getelementptr inbounds i8, ptr %accs163, i64 192
  %invariant.gep169 = getelementptr inbounds i8, ptr %accs163, i64 256
  %.not = icmp eq ptr %part, null
  %108 = zext nneg i32 %nrows to i64
  %109 = mul nuw nsw i64 %108, 80
  %invariant.gep171 = getelementptr float, ptr %part, i64 %108
  br label %orow141

rblock:                                           ; preds = %rblock.preheader, %join
  %rblock9 = phi i32 [ %252, %join ], [ 0, %rblock.preheader ]
  %110 = icmp slt i32 %rblock9, %nrows_pad
  br i1 %110, label %body6, label %ktile

body6:                                            ; preds = %rblock
  %111 = call i32 @llvm.smin.i32(i32 %rblock9, i32 %28)
  %112 = sdiv i32 %111, %nh
  %113 = add i32 %q_begin, %112
  %114 = add i32 %q_pos0, %113
  %115 = add i32 %114, 1
  %116 = call i32 @llvm.smin.i32(i32 %115, i32 %k_end)
  %117 = or disjoint i32 %rblock9, 3
  %118 = call i32 @llvm.smin.i32(i32 %117, i32 %28)
  %119 = sdiv i32 %118, %nh
  %120 = add i32 %q_begin, %119
  %121 = add i32 %q_pos0, %120
  %122 = add i32 %121, 1
  %123 = call i32 @llvm.smin.i32(i32 %122, i32 %k_end)
  %124 = call i32 @llvm.smin.i32(i32 %107, i32 %123)
  %125 = call i32 @llvm.smin.i32(i32 %107, i32 %116)
  %126 = sub i32 %125, %ktile5
  %127 = call i32 @llvm.smax.i32(i32 %126, i32 0)
  %128 = and i32 %127, 2147483632
  %fend = add i32 %ktile5, %128
  %129 = call i32 @llvm.smin.i32(i32 %fend, i32 %124)
  %130 = icmp slt i32 %ktile5, %124
  br i1 %130, label %visit, label %join

visit:                                            ; preds = %body6
  %131 = zext nneg i32 %rblock9 to i64
  %132 = getelementptr float, ptr %ms161, i64 %131
  %133 = getelementptr <16 x float>, ptr %ls162, i64 %131
  %134 = load float, ptr %132, align 4
  store float %134, ptr %bm160, align 4
  %135 = load <16 x float>, ptr %133, align 64
  store <16 x float> %135, ptr %bl159, align 64
  %136 = mul nuw nsw i64 %131, 5
  %137 = getelementptr <16 x float>, ptr %accs163, i64 %136
  %138 = load <16 x float>, ptr %137, align 64
  store <16 x float> %138, ptr %bacc158, align 64
  %139 = or disjoint i64 %136, 1
  %140 = getelementptr <16 x float>, ptr %accs163, i64 %139
  %141 = load <16 x float>, ptr %140, align 64
  store <16 x float> %141, ptr %77, align 64
  %142 = or disjoint i64 %136, 2
  %143 = getelementptr <16 x float>, ptr %accs163, i64 %142
  %144 = load <16 x float>, ptr %143, align 64
  store <16 x float> %144, ptr %78, align 64
  %145 = or disjoint i64 %136, 3
  %146 = getelementptr <16 x float>, ptr %accs163, i64 %145
  %147 = load <16 x float>, ptr %146, align 64
  store <16 x float> %147, ptr %79, align 64
  %148 = add nuw nsw i64 %136, 4
  %149 = getelementptr <16 x float>, ptr %accs163, i64 %148
  %150 = load <16 x float>, ptr %149, align 64
  store <16 x float> %150, ptr %80, align 64
  store i32 %116, ptr %blim157, align 4
  %151 = or disjoint i64 %131, 1
  %152 = getelementptr float, ptr %ms161, i64 %151
  %153 = getelementptr <16 x float>, ptr %ls162, i64 %151
  %154 = load float, ptr %152, align 4
  store float %154, ptr %81, align 4
  %155 = load <16 x float>, ptr %153, align 64
  store <16 x float> %155, ptr %82, align 64
  %156 = mul nuw nsw i64 %151, 5
  %157 = getelementptr <16 x float>, ptr %accs163, i64 %156
  %158 = load <16 x float>, ptr %157, align 64
  store <16 x float> %158, ptr %83, align 64
  %159 = add nuw nsw i64 %156, 1
  %160 = getelementptr <16 x float>, ptr %accs163, i64 %159
  %161 = load <16 x float>, ptr %160, align 64
  store <16 x float> %161, ptr %84, align 64
  %162 = or disjoint i64 %156, 2
  %163 = getelementptr <16 x float>, ptr %accs163, i64 %162
  %164 = load <16 x float>, ptr %163, align 64
  store <16 x float> %164, ptr %85, align 64
  %165 = add nuw nsw i64 %156, 3
  %166 = getelementptr <16 x float>, ptr %accs163, i64 %165
  %167 = load <16 x float>, ptr %166, align 64
  store <16 x float> %167, ptr %86, align 64
  %168 = add nuw nsw i64 %156, 4
  %169 = getelementptr <16 x float>, ptr %accs163, i64 %168
  %170 = load <16 x float>, ptr %169, align 64
  store <16 x float> %170, ptr %87, align 64
  %171 = trunc nuw nsw i64 %151 to i32
  %172 = call i32 @llvm.smin.i32(i32 %171, i32 %28)
  %173 = sdiv i32 %172, %nh
  %174 = add i32 %q_begin, %173
  %175 = add i32 %q_pos0, %174
  %176 = add i32 %175, 1
  %177 = call i32 @llvm.smin.i32(i32 %176, i32 %k_end)
  store i32 %177, ptr %88, align 4
  %178 = or disjoint i64 %131, 2
  %179 = getelementptr float, ptr %ms161, i64 %178
  %180 = getelementptr <16 x float>, ptr %ls162, i64 %178
  %181 = load float, ptr %179, align 4
  store float %181, ptr %89, align 4
  %182 = load <16 x float>, ptr %180, align 64
  store <16 x float> %182, ptr %90, align 64
  %183 = mul nuw nsw i64 %178, 5
  %184 = getelementptr <16 x float>, ptr %accs163, i64 %183
  %185 = load <16 x float>, ptr %184, align 64
  store <16 x float> %185, ptr %91, align 64
  %186 = or disjoint i64 %183, 1
  %187 = getelementptr <16 x float>, ptr %accs163, i64 %186
  %188 = load <16 x float>, ptr %187, align 64
  store <16 x float> %188, ptr %92, align 64
  %189 = add nuw nsw i64 %183, 2
  %190 = getelementptr <16 x float>, ptr %accs163, i64 %189
  %191 = load <16 x float>, ptr %190, align 64
  store <16 x float> %191, ptr %93, align 64
  %192 = add nuw nsw i64 %183, 3
  %193 = getelementptr <16 x float>, ptr %accs163, i64 %192
  %194 = load <16 x float>, ptr %193, align 64
  store <16 x float> %194, ptr %94, align 64
  %195 = add nuw nsw i64 %183, 4
  %196 = getelementptr <16 x float>, ptr %accs163, i64 %195
  %197 = load <16 x float>, ptr %196, align 64
  store <16 x float> %197, ptr %95, align 64
  %198 = trunc nuw nsw i64 %178 to i32
  %199 = call i32 @llvm.smin.i32(i32 %198, i32 %28)
  %200 = sdiv i32 %199, %nh
  %201 = add i32 %q_begin, %200
  %202 = add i32 %q_pos0, %201
  %203 = add i32 %202, 1
  %204 = call i32 @llvm.smin.i32(i32 %203, i32 %k_end)
  store i32 %204, ptr %96, align 4
  %205 = or disjoint i64 %131, 3
  %206 = getelementptr float, ptr %ms161, i64 %205
  %207 = getelementptr <16 x float>, ptr %ls162, i64 %205
  %208 = load float, ptr %206, align 4
  store float %208, ptr %97, align 4
  %209 = load <16 x float>, ptr %207, align 64
  store <16 x float> %209, ptr %98, align 64
  %210 = mul nuw nsw i64 %205, 5
  %211 = getelementptr <16 x float>, ptr %accs163, i64 %210
  %212 = load <16 x float>, ptr %211, align 64
  store <16 x float> %212, ptr %99, align 64
  %213 = add nuw nsw i64 %210, 1
  %214 = getelementptr <16 x float>, ptr %accs163, i64 %213
  %215 = load <16 x float>, ptr %214, align 64
  store <16 x float> %215, ptr %100, align 64
  %216 = add nuw nsw i64 %210, 2
  %217 = getelementptr <16 x float>, ptr %accs163, i64 %216
  %218 = load <16 x float>, ptr %217, align 64
  store <16 x float> %218, ptr %101, align 64
  %219 = add nuw nsw i64 %210, 3
  %220 = getelementptr <16 x float>, ptr %accs163, i64 %219
  %221 = load <16 x float>, ptr %220, align 64
  store <16 x float> %221, ptr %102, align 64
  %222 = add nuw nsw i64 %210, 4
  %223 = getelementptr <16 x float>, ptr %accs163, i64 %222
  %224 = load <16 x float>, ptr %223, align 64
  store <16 x float> %224, ptr %103, align 64
  %225 = trunc nuw nsw i64 %205 to i32
  %226 = call i32 @llvm.smin.i32(i32 %225, i32 %28)
  %227 = sdiv i32 %226, %nh
  %228 = add i32 %q_begin, %227
  %229 = add i32 %q_pos0, %228
  %230 = add i32 %229, 1
  %231 = call i32 @llvm.smin.i32(i32 %230, i32 %k_end)
  store i32 %231, ptr %104, align 4
  %232 = getelementptr <16 x float>, ptr %qs164, i64 %136
  %233 = getelementptr <16 x float>, ptr %qs164, i64 %139
  %234 = getelementptr <16 x float>, ptr %qs164, i64 %142
  %235 = getelementptr <16 x float>, ptr %qs164, i64 %145
  %236 = getelementptr <16 x float>, ptr %qs164, i64 %148
  %237 = getelementptr <16 x float>, ptr %qs164, i64 %156
  %238 = getelementptr <16 x float>, ptr %qs164, i64 %159
  %239 = getelementptr <16 x float>, ptr %qs164, i64 %162
  %240 = getelementptr <16 x float>, ptr %qs164, i64 %165
  %241 = getelementptr <16 x float>, ptr %qs164, i64 %168
  %242 = getelementptr <16 x float>, ptr %qs164, i64 %183
  %243 = getelementptr <16 x float>, ptr %qs164, i64 %186
  %244 = getelementptr <16 x float>, ptr %qs164, i64 %189
  %245 = getelementptr <16 x float>, ptr %qs164, i64 %192
  %246 = getelementptr <16 x float>, ptr %qs164, i64 %195
  %247 = getelementptr <16 x float>, ptr %qs164, i64 %210
  %248 = getelementptr <16 x float>, ptr %qs164, i64 %213
  %249 = getelementptr <16 x float>, ptr %qs164, i64 %216
  %250 = getelementptr <16 x float>, ptr %qs164, i64 %219
  %251 = getelementptr <16 x float>, ptr %qs164, i64 %222
  br label %kfull

join:                                             ; preds = %exit71, %body6
  %252 = add nuw nsw i32 %rblock9, 4
  br label %rblock

kfull:                                            ; preds = %body10, %visit
  %253 = phi <16 x float> [ %224, %visit ], [ %1699, %body10 ]
  %254 = phi <16 x float> [ %221, %visit ], [ %1693, %body10 ]
  %255 = phi <16 x float> [ %218, %visit ], [ %1687, %body10 ]
  %256 = phi <16 x float> [ %215, %visit ], [ %1681, %body10 ]
  %257 = phi <16 x float> [ %212, %visit ], [ %1675, %body10 ]
  %258 = phi <16 x float> [ %197, %visit ], [ %1698, %body10 ]
  %259 = phi <16 x float> [ %194, %visit ], [ %1692, %body10 ]
  %260 = phi <16 x float> [ %191, %visit ], [ %1686, %body10 ]
  %261 = phi <16 x float> [ %188, %visit ], [ %1680, %body10 ]
  %262 = phi <16 x float> [ %185, %visit ], [ %1673, %body10 ]
  %kfull13 = phi i32 [ %ktile5, %visit ], [ %1700, %body10 ]
  %263 = icmp slt i32 %kfull13, %129
  br i1 %263, label %body10, label %kmask

body10:                                           ; preds = %kfull
  %q14 = load <16 x float>, ptr %232, align 64
  %q15 = load <16 x float>, ptr %233, align 64
  %q16 = load <16 x float>, ptr %234, align 64
  %q17 = load <16 x float>, ptr %235, align 64
  %q18 = load <16 x float>, ptr %236, align 64
  %q19 = load <16 x float>, ptr %237, align 64
  %q20 = load <16 x float>, ptr %238, align 64
  %q21 = load <16 x float>, ptr %239, align 64
  %q22 = load <16 x float>, ptr %240, align 64
  %q23 = load <16 x float>, ptr %241, align 64
  %q24 = load <16 x float>, ptr %242, align 64
  %q25 = load <16 x float>, ptr %243, align 64
  %q26 = load <16 x float>, ptr %244, align 64
  %q27 = load <16 x float>, ptr %245, align 64
  %q28 = load <16 x float>, ptr %246, align 64
  %q29 = load <16 x float>, ptr %247, align 64
  %q30 = load <16 x float>, ptr %248, align 64
  %q31 = load <16 x float>, ptr %249, align 64
  %q32 = load <16 x float>, ptr %250, align 64
  %q33 = load <16 x float>, ptr %251, align 64
  %264 = sext i32 %kfull13 to i64
  %265 = mul nsw i64 %264, 10240
  %266 = getelementptr i8, ptr %22, i64 %265
  %267 = load <16 x float>, ptr %266, align 4
  %268 = getelementptr i8, ptr %266, i64 64
  %269 = load <16 x float>, ptr %268, align 4
  %270 = getelementptr i8, ptr %266, i64 128
  %271 = load <16 x float>, ptr %270, align 4
  %272 = getelementptr i8, ptr %266, i64 192
  %273 = load <16 x float>, ptr %272, align 4
  %274 = getelementptr i8, ptr %266, i64 256
  %275 = load <16 x float>, ptr %274, align 4
  %276 = fmul <16 x float> %q14, %267
  %277 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %269, <16 x float> %276)
  %278 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %271, <16 x float> %277)
  %279 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %273, <16 x float> %278)
  %280 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %275, <16 x float> %279)
  %281 = fmul <16 x float> %q19, %267
  %282 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %269, <16 x float> %281)
  %283 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %271, <16 x float> %282)
  %284 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q22, <16 x float> %273, <16 x float> %283)
  %285 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %275, <16 x float> %284)
  %286 = fmul <16 x float> %q24, %267
  %287 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %269, <16 x float> %286)
  %288 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %271, <16 x float> %287)
  %289 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %273, <16 x float> %288)
  %290 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %275, <16 x float> %289)
  %291 = fmul <16 x float> %q29, %267
  %292 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %269, <16 x float> %291)
  %293 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %271, <16 x float> %292)
  %294 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %273, <16 x float> %293)
  %295 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %275, <16 x float> %294)
  %296 = add i32 %kfull13, 1
  %297 = sext i32 %296 to i64
  %298 = mul nsw i64 %297, 10240
  %299 = getelementptr i8, ptr %22, i64 %298
  %300 = load <16 x float>, ptr %299, align 4
  %301 = getelementptr i8, ptr %299, i64 64
  %302 = load <16 x float>, ptr %301, align 4
  %303 = getelementptr i8, ptr %299, i64 128
  %304 = load <16 x float>, ptr %303, align 4
  %305 = getelementptr i8, ptr %299, i64 192
  %306 = load <16 x float>, ptr %305, align 4
  %307 = getelementptr i8, ptr %299, i64 256
  %308 = load <16 x float>, ptr %307, align 4
  %309 = fmul <16 x float> %q14, %300
  %310 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %302, <16 x float> %309)
  %311 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %304, <16 x float> %310)
  %312 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %306, <16 x float> %311)
  %313 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %308, <16 x float> %312)
  %314 = shufflevector <16 x float> %280, <16 x float> %313, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %315 = shufflevector <16 x float> %280, <16 x float> %313, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %316 = fadd <16 x float> %314, %315
  %317 = fmul <16 x float> %q19, %300
  %318 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %302, <16 x float> %317)
  %319 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %304, <16 x float> %318)
  %320 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q22, <16 x float> %306, <16 x float> %319)
  %321 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %308, <16 x float> %320)
  %322 = shufflevector <16 x float> %285, <16 x float> %321, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %323 = shufflevector <16 x float> %285, <16 x float> %321, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %324 = fadd <16 x float> %322, %323
  %325 = fmul <16 x float> %q24, %300
  %326 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %302, <16 x float> %325)
  %327 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %304, <16 x float> %326)
  %328 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %306, <16 x float> %327)
  %329 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %308, <16 x float> %328)
  %330 = shufflevector <16 x float> %290, <16 x float> %329, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %331 = shufflevector <16 x float> %290, <16 x float> %329, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %332 = fadd <16 x float> %330, %331
  %333 = fmul <16 x float> %q29, %300
  %334 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %302, <16 x float> %333)
  %335 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %304, <16 x float> %334)
  %336 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %306, <16 x float> %335)
  %337 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %308, <16 x float> %336)
  %338 = shufflevector <16 x float> %295, <16 x float> %337, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %339 = shufflevector <16 x float> %295, <16 x float> %337, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %340 = fadd <16 x float> %338, %339
  %341 = add i32 %kfull13, 2
  %342 = sext i32 %341 to i64
  %343 = mul nsw i64 %342, 10240
  %344 = getelementptr i8, ptr %22, i64 %343
  %345 = load <16 x float>, ptr %344, align 4
  %346 = getelementptr i8, ptr %344, i64 64
  %347 = load <16 x float>, ptr %346, align 4
  %348 = getelementptr i8, ptr %344, i64 128
  %349 = load <16 x float>, ptr %348, align 4
  %350 = getelementptr i8, ptr %344, i64 192
  %351 = load <16 x float>, ptr %350, align 4
  %352 = getelementptr i8, ptr %344, i64 256
  %353 = load <16 x float>, ptr %352, align 4
  %354 = fmul <16 x float> %q14, %345
  %355 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %347, <16 x float> %354)
  %356 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %349, <16 x float> %355)
  %357 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %351, <16 x float> %356)
  %358 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %353, <16 x float> %357)
  %359 = fmul <16 x float> %q19, %345
  %360 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %347, <16 x float> %359)
  %361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %349, <16 x float> %360)
  %362 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q22, <16 x float> %351, <16 x float> %361)
  %363 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %353, <16 x float> %362)
  %364 = fmul <16 x float> %q24, %345
  %365 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %347, <16 x float> %364)
  %366 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %349, <16 x float> %365)
  %367 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %351, <16 x float> %366)
  %368 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %353, <16 x float> %367)
  %369 = fmul <16 x float> %q29, %345
  %370 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %347, <16 x float> %369)
  %371 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %349, <16 x float> %370)
  %372 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %351, <16 x float> %371)
  %373 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %353, <16 x float> %372)
  %374 = add i32 %kfull13, 3
  %375 = sext i32 %374 to i64
  %376 = mul nsw i64 %375, 10240
  %377 = getelementptr i8, ptr %22, i64 %376
  %378 = load <16 x float>, ptr %377, align 4
  %379 = getelementptr i8, ptr %377, i64 64
  %380 = load <16 x float>, ptr %379, align 4
  %381 = getelementptr i8, ptr %377, i64 128
  %382 = load <16 x float>, ptr %381, align 4
  %383 = getelementptr i8, ptr %377, i64 192
  %384 = load <16 x float>, ptr %383, align 4
  %385 = getelementptr i8, ptr %377, i64 256
  %386 = load <16 x float>, ptr %385, align 4
  %387 = fmul <16 x float> %q14, %378
  %388 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %380, <16 x float> %387)
  %389 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %382, <16 x float> %388)
  %390 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %384, <16 x float> %389)
  %391 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %386, <16 x float> %390)
  %392 = shufflevector <16 x float> %358, <16 x float> %391, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %393 = shufflevector <16 x float> %358, <16 x float> %391, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %394 = fadd <16 x float> %392, %393
  %395 = shufflevector <16 x float> %316, <16 x float> %394, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %396 = shufflevector <16 x float> %316, <16 x float> %394, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %397 = fadd <16 x float> %395, %396
  %398 = fmul <16 x float> %q19, %378
  %399 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %380, <16 x float> %398)
  %400 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %382, <16 x float> %399)
  %401 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q22, <16 x float> %384, <16 x float> %400)
  %402 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %386, <16 x float> %401)
  %403 = shufflevector <16 x float> %363, <16 x float> %402, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %404 = shufflevector <16 x float> %363, <16 x float> %402, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %405 = fadd <16 x float> %403, %404
  %406 = shufflevector <16 x float> %324, <16 x float> %405, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %407 = shufflevector <16 x float> %324, <16 x float> %405, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %408 = fadd <16 x float> %406, %407
  %409 = fmul <16 x float> %q24, %378
  %410 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %380, <16 x float> %409)
  %411 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %382, <16 x float> %410)
  %412 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %384, <16 x float> %411)
  %413 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %386, <16 x float> %412)
  %414 = shufflevector <16 x float> %368, <16 x float> %413, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %415 = shufflevector <16 x float> %368, <16 x float> %413, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %416 = fadd <16 x float> %414, %415
  %417 = shufflevector <16 x float> %332, <16 x float> %416, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %418 = shufflevector <16 x float> %332, <16 x float> %416, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %419 = fadd <16 x float> %417, %418
  %420 = fmul <16 x float> %q29, %378
  %421 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %380, <16 x float> %420)
  %422 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %382, <16 x float> %421)
  %423 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %384, <16 x float> %422)
  %424 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %386, <16 x float> %423)
  %425 = shufflevector <16 x float> %373, <16 x float> %424, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %426 = shufflevector <16 x float> %373, <16 x float> %424, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %427 = fadd <16 x float> %425, %426
  %428 = shufflevector <16 x float> %340, <16 x float> %427, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %429 = shufflevector <16 x float> %340, <16 x float> %427, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %430 = fadd <16 x float> %428, %429
  %431 = add i32 %kfull13, 4
  %432 = sext i32 %431 to i64
  %433 = mul nsw i64 %432, 10240
  %434 = getelementptr i8, ptr %22, i64 %433
  %435 = load <16 x float>, ptr %434, align 4
  %436 = getelementptr i8, ptr %434, i64 64
  %437 = load <16 x float>, ptr %436, align 4
  %438 = getelementptr i8, ptr %434, i64 128
  %439 = load <16 x float>, ptr %438, align 4
  %440 = getelementptr i8, ptr %434, i64 192
  %441 = load <16 x float>, ptr %440, align 4
  %442 = getelementptr i8, ptr %434, i64 256
  %443 = load <16 x float>, ptr %442, align 4
  %444 = fmul <16 x float> %q14, %435
  %445 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %437, <16 x float> %444)
  %446 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %439, <16 x float> %445)
  %447 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %441, <16 x float> %446)
  %448 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %443, <16 x float> %447)
  %449 = fmul <16 x float> %q19, %435
  %450 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %437, <16 x float> %449)
  %451 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %439, <16 x float> %450)
  %452 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q22, <16 x float> %441, <16 x float> %451)
  %453 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %443, <16 x float> %452)
  %454 = fmul <16 x float> %q24, %435
  %455 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %437, <16 x float> %454)
  %456 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %439, <16 x float> %455)
  %457 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %441, <16 x float> %456)
  %458 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %443, <16 x float> %457)
  %459 = fmul <16 x float> %q29, %435
  %460 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %437, <16 x float> %459)
  %461 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %439, <16 x float> %460)
  %462 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %441, <16 x float> %461)
  %463 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %443, <16 x float> %462)
  %464 = add i32 %kfull13, 5
  %465 = sext i32 %464 to i64
  %466 = mul nsw i64 %465, 10240
  %467 = getelementptr i8, ptr %22, i64 %466
  %468 = load <16 x float>, ptr %467, align 4
  %469 = getelementptr i8, ptr %467, i64 64
  %470 = load <16 x float>, ptr %469, align 4
  %471 = getelementptr i8, ptr %467, i64 128
  %472 = load <16 x float>, ptr %471, align 4
  %473 = getelementptr i8, ptr %467, i64 192
  %474 = load <16 x float>, ptr %473, align 4
  %475 = getelementptr i8, ptr %467, i64 256
  %476 = load <16 x float>, ptr %475, align 4
  %477 = fmul <16 x float> %q14, %468
  %478 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %470, <16 x float> %477)
  %479 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %472, <16 x float> %478)
  %480 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %474, <16 x float> %479)
  %481 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %476, <16 x float> %480)
  %482 = shufflevector <16 x float> %448, <16 x float> %481, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %483 = shufflevector <16 x float> %448, <16 x float> %481, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %484 = fadd <16 x float> %482, %483
  %485 = fmul <16 x float> %q19, %468
  %486 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %470, <16 x float> %485)
  %487 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %472, <16 x float> %486)
  %488 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q22, <16 x float> %474, <16 x float> %487)
  %489 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %476, <16 x float> %488)
  %490 = shufflevector <16 x float> %453, <16 x float> %489, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %491 = shufflevector <16 x float> %453, <16 x float> %489, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %492 = fadd <16 x float> %490, %491
  %493 = fmul <16 x float> %q24, %468
  %494 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %470, <16 x float> %493)
  %495 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %472, <16 x float> %494)
  %496 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %474, <16 x float> %495)
  %497 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %476, <16 x float> %496)
  %498 = shufflevector <16 x float> %458, <16 x float> %497, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %499 = shufflevector <16 x float> %458, <16 x float> %497, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %500 = fadd <16 x float> %498, %499
  %501 = fmul <16 x float> %q29, %468
  %502 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %470, <16 x float> %501)
  %503 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %472, <16 x float> %502)
  %504 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %474, <16 x float> %503)
  %505 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %476, <16 x float> %504)
  %506 = shufflevector <16 x float> %463, <16 x float> %505, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %507 = shufflevector <16 x float> %463, <16 x float> %505, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %508 = fadd <16 x float> %506, %507
  %509 = add i32 %kfull13, 6
  %510 = sext i32 %509 to i64
  %511 = mul nsw i64 %510, 10240
  %512 = getelementptr i8, ptr %22, i64 %511
  %513 = load <16 x float>, ptr %512, align 4
  %514 = getelementptr i8, ptr %512, i64 64
  %515 = load <16 x float>, ptr %514, align 4
  %516 = getelementptr i8, ptr %512, i64 128
  %517 = load <16 x float>, ptr %516, align 4
  %518 = getelementptr i8, ptr %512, i64 192
  %519 = load <16 x float>, ptr %518, align 4
  %520 = getelementptr i8, ptr %512, i64 256
  %521 = load <16 x float>, ptr %520, align 4
  %522 = fmul <16 x float> %q14, %513
  %523 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %515, <16 x float> %522)
  %524 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %517, <16 x float> %523)
  %525 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %519, <16 x float> %524)
  %526 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %521, <16 x float> %525)
  %527 = fmul <16 x float> %q19, %513
  %528 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %515, <16 x float> %527)
  %529 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %517, <16 x float> %528)
  %530 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q22, <16 x float> %519, <16 x float> %529)
  %531 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %521, <16 x float> %530)
  %532 = fmul <16 x float> %q24, %513
  %533 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %515, <16 x float> %532)
  %534 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %517, <16 x float> %533)
  %535 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %519, <16 x float> %534)
  %536 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %521, <16 x float> %535)
  %537 = fmul <16 x float> %q29, %513
  %538 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %515, <16 x float> %537)
  %539 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %517, <16 x float> %538)
  %540 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %519, <16 x float> %539)
  %541 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %521, <16 x float> %540)
  %542 = add i32 %kfull13, 7
  %543 = sext i32 %542 to i64
  %544 = mul nsw i64 %543, 10240
  %545 = getelementptr i8, ptr %22, i64 %544
  %546 = load <16 x float>, ptr %545, align 4
  %547 = getelementptr i8, ptr %545, i64 64
  %548 = load <16 x float>, ptr %547, align 4
  %549 = getelementptr i8, ptr %545, i64 128
  %550 = load <16 x float>, ptr %549, align 4
  %551 = getelementptr i8, ptr %545, i64 192
  %552 = load <16 x float>, ptr %551, align 4
  %553 = getelementptr i8, ptr %545, i64 256
  %554 = load <16 x float>, ptr %553, align 4
  %555 = fmul <16 x float> %q14, %546
  %556 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %548, <16 x float> %555)
  %557 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %550, <16 x float> %556)
  %558 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %552, <16 x float> %557)
  %559 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %554, <16 x float> %558)
  %560 = shufflevector <16 x float> %526, <16 x float> %559, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %561 = shufflevector <16 x float> %526, <16 x float> %559, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %562 = fadd <16 x float> %560, %561
  %563 = shufflevector <16 x float> %484, <16 x float> %562, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %564 = shufflevector <16 x float> %484, <16 x float> %562, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %565 = fadd <16 x float> %563, %564
  %566 = shufflevector <16 x float> %397, <16 x float> %565, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %567 = shufflevector <16 x float> %397, <16 x float> %565, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %568 = fadd <16 x float> %566, %567
  %569 = fmul <16 x float> %q19, %546
  %570 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %548, <16 x float> %569)
  %571 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %550, <16 x float> %570)
  %572 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q22, <16 x float> %552, <16 x float> %571)
  %573 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %554, <16 x float> %572)
  %574 = shufflevector <16 x float> %531, <16 x float> %573, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %575 = shufflevector <16 x float> %531, <16 x float> %573, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %576 = fadd <16 x float> %574, %575
  %577 = shufflevector <16 x float> %492, <16 x float> %576, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %578 = shufflevector <16 x float> %492, <16 x float> %576, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %579 = fadd <16 x float> %577, %578
  %580 = shufflevector <16 x float> %408, <16 x float> %579, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %581 = shufflevector <16 x float> %408, <16 x float> %579, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %582 = fadd <16 x float> %580, %581
  %583 = fmul <16 x float> %q24, %546
  %584 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %548, <16 x float> %583)
  %585 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %550, <16 x float> %584)
  %586 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %552, <16 x float> %585)
  %587 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %554, <16 x float> %586)
  %588 = shufflevector <16 x float> %536, <16 x float> %587, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %589 = shufflevector <16 x float> %536, <16 x float> %587, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %590 = fadd <16 x float> %588, %589
  %591 = shufflevector <16 x float> %500, <16 x float> %590, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %592 = shufflevector <16 x float> %500, <16 x float> %590, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %593 = fadd <16 x float> %591, %592
  %594 = shufflevector <16 x float> %419, <16 x float> %593, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %595 = shufflevector <16 x float> %419, <16 x float> %593, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %596 = fadd <16 x float> %594, %595
  %597 = fmul <16 x float> %q29, %546
  %598 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %548, <16 x float> %597)
  %599 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %550, <16 x float> %598)
  %600 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %552, <16 x float> %599)
  %601 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %554, <16 x float> %600)
  %602 = shufflevector <16 x float> %541, <16 x float> %601, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %603 = shufflevector <16 x float> %541, <16 x float> %601, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %604 = fadd <16 x float> %602, %603
  %605 = shufflevector <16 x float> %508, <16 x float> %604, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %606 = shufflevector <16 x float> %508, <16 x float> %604, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %607 = fadd <16 x float> %605, %606
  %608 = shufflevector <16 x float> %430, <16 x float> %607, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %609 = shufflevector <16 x float> %430, <16 x float> %607, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %610 = fadd <16 x float> %608, %609
  %611 = add i32 %kfull13, 8
  %612 = sext i32 %611 to i64
  %613 = mul nsw i64 %612, 10240
  %614 = getelementptr i8, ptr %22, i64 %613
  %615 = load <16 x float>, ptr %614, align 4
  %616 = getelementptr i8, ptr %614, i64 64
  %617 = load <16 x float>, ptr %616, align 4
  %618 = getelementptr i8, ptr %614, i64 128
  %619 = load <16 x float>, ptr %618, align 4
  %620 = getelementptr i8, ptr %614, i64 192
  %621 = load <16 x float>, ptr %620, align 4
  %622 = getelementptr i8, ptr %614, i64 256
  %623 = load <16 x float>, ptr %622, align 4
  %624 = fmul <16 x float> %q14, %615
  %625 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %617, <16 x float> %624)
  %626 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %619, <16 x float> %625)
  %627 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %621, <16 x float> %626)
  %628 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %623, <16 x float> %627)
  %629 = fmul <16 x float> %q19, %615
  %630 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %617, <16 x float> %629)
  %631 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %619, <16 x float> %630)
  %632 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q22, <16 x float> %621, <16 x float> %631)
  %633 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %623, <16 x float> %632)
  %634 = fmul <16 x float> %q24, %615
  %635 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %617, <16 x float> %634)
  %636 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %619, <16 x float> %635)
  %637 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %621, <16 x float> %636)
  %638 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %623, <16 x float> %637)
  %639 = fmul <16 x float> %q29, %615
  %640 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %617, <16 x float> %639)
  %641 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %619, <16 x float> %640)
  %642 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %621, <16 x float> %641)
  %643 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %623, <16 x float> %642)
  %644 = add i32 %kfull13, 9
  %645 = sext i32 %644 to i64
  %646 = mul nsw i64 %645, 10240
  %647 = getelementptr i8, ptr %22, i64 %646
  %648 = load <16 x float>, ptr %647, align 4
  %649 = getelementptr i8, ptr %647, i64 64
  %650 = load <16 x float>, ptr %649, align 4
  %651 = getelementptr i8, ptr %647, i64 128
  %652 = load <16 x float>, ptr %651, align 4
  %653 = getelementptr i8, ptr %647, i64 192
  %654 = load <16 x float>, ptr %653, align 4
  %655 = getelementptr i8, ptr %647, i64 256
  %656 = load <16 x float>, ptr %655, align 4
  %657 = fmul <16 x float> %q14, %648
  %658 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %650, <16 x float> %657)
  %659 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %652, <16 x float> %658)
  %660 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %654, <16 x float> %659)
  %661 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %656, <16 x float> %660)
  %662 = shufflevector <16 x float> %628, <16 x float> %661, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %663 = shufflevector <16 x float> %628, <16 x float> %661, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %664 = fadd <16 x float> %662, %663
  %665 = fmul <16 x float> %q19, %648
  %666 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %650, <16 x float> %665)
  %667 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %652, <16 x float> %666)
  %668 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q22, <16 x float> %654, <16 x float> %667)
  %669 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %656, <16 x float> %668)
  %670 = shufflevector <16 x float> %633, <16 x float> %669, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %671 = shufflevector <16 x float> %633, <16 x float> %669, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %672 = fadd <16 x float> %670, %671
  %673 = fmul <16 x float> %q24, %648
  %674 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %650, <16 x float> %673)
  %675 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %652, <16 x float> %674)
  %676 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %654, <16 x float> %675)
  %677 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %656, <16 x float> %676)
  %678 = shufflevector <16 x float> %638, <16 x float> %677, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %679 = shufflevector <16 x float> %638, <16 x float> %677, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %680 = fadd <16 x float> %678, %679
  %681 = fmul <16 x float> %q29, %648
  %682 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %650, <16 x float> %681)
  %683 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %652, <16 x float> %682)
  %684 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %654, <16 x float> %683)
  %685 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %656, <16 x float> %684)
  %686 = shufflevector <16 x float> %643, <16 x float> %685, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %687 = shufflevector <16 x float> %643, <16 x float> %685, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %688 = fadd <16 x float> %686, %687
  %689 = add i32 %kfull13, 10
  %690 = sext i32 %689 to i64
  %691 = mul nsw i64 %690, 10240
  %692 = getelementptr i8, ptr %22, i64 %691
  %693 = load <16 x float>, ptr %692, align 4
  %694 = getelementptr i8, ptr %692, i64 64
  %695 = load <16 x float>, ptr %694, align 4
  %696 = getelementptr i8, ptr %692, i64 128
  %697 = load <16 x float>, ptr %696, align 4
  %698 = getelementptr i8, ptr %692, i64 192
  %699 = load <16 x float>, ptr %698, align 4
  %700 = getelementptr i8, ptr %692, i64 256
  %701 = load <16 x float>, ptr %700, align 4
  %702 = fmul <16 x float> %q14, %693
  %703 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %695, <16 x float> %702)
  %704 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %697, <16 x float> %703)
  %705 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %699, <16 x float> %704)
  %706 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %701, <16 x float> %705)
  %707 = fmul <16 x float> %q19, %693
  %708 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %695, <16 x float> %707)
  %709 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %697, <16 x float> %708)
  %710 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q22, <16 x float> %699, <16 x float> %709)
  %711 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %701, <16 x float> %710)
  %712 = fmul <16 x float> %q24, %693
  %713 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %695, <16 x float> %712)
  %714 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %697, <16 x float> %713)
  %715 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %699, <16 x float> %714)
  %716 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %701, <16 x float> %715)
  %717 = fmul <16 x float> %q29, %693
  %718 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %695, <16 x float> %717)
  %719 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %697, <16 x float> %718)
  %720 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %699, <16 x float> %719)
  %721 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %701, <16 x float> %720)
  %722 = add i32 %kfull13, 11
  %723 = sext i32 %722 to i64
  %724 = mul nsw i64 %723, 10240
  %725 = getelementptr i8, ptr %22, i64 %724
  %726 = load <16 x float>, ptr %725, align 4
  %727 = getelementptr i8, ptr %725, i64 64
  %728 = load <16 x float>, ptr %727, align 4
  %729 = getelementptr i8, ptr %725, i64 128
  %730 = load <16 x float>, ptr %729, align 4
  %731 = getelementptr i8, ptr %725, i64 192
  %732 = load <16 x float>, ptr %731, align 4
  %733 = getelementptr i8, ptr %725, i64 256
  %734 = load <16 x float>, ptr %733, align 4
  %735 = fmul <16 x float> %q14, %726
  %736 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %728, <16 x float> %735)
  %737 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %730, <16 x float> %736)
  %738 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %732, <16 x float> %737)
  %739 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %734, <16 x float> %738)
  %740 = shufflevector <16 x float> %706, <16 x float> %739, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %741 = shufflevector <16 x float> %706, <16 x float> %739, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %742 = fadd <16 x float> %740, %741
  %743 = shufflevector <16 x float> %664, <16 x float> %742, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %744 = shufflevector <16 x float> %664, <16 x float> %742, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %745 = fadd <16 x float> %743, %744
  %746 = fmul <16 x float> %q19, %726
  %747 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %728, <16 x float> %746)
  %748 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %730, <16 x float> %747)
  %749 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q22, <16 x float> %732, <16 x float> %748)
  %750 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %734, <16 x float> %749)
  %751 = shufflevector <16 x float> %711, <16 x float> %750, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %752 = shufflevector <16 x float> %711, <16 x float> %750, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %753 = fadd <16 x float> %751, %752
  %754 = shufflevector <16 x float> %672, <16 x float> %753, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %755 = shufflevector <16 x float> %672, <16 x float> %753, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %756 = fadd <16 x float> %754, %755
  %757 = fmul <16 x float> %q24, %726
  %758 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %728, <16 x float> %757)
  %759 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %730, <16 x float> %758)
  %760 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %732, <16 x float> %759)
  %761 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %734, <16 x float> %760)
  %762 = shufflevector <16 x float> %716, <16 x float> %761, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %763 = shufflevector <16 x float> %716, <16 x float> %761, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %764 = fadd <16 x float> %762, %763
  %765 = shufflevector <16 x float> %680, <16 x float> %764, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %766 = shufflevector <16 x float> %680, <16 x float> %764, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %767 = fadd <16 x float> %765, %766
  %768 = fmul <16 x float> %q29, %726
  %769 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %728, <16 x float> %768)
  %770 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %730, <16 x float> %769)
  %771 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %732, <16 x float> %770)
  %772 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %734, <16 x float> %771)
  %773 = shufflevector <16 x float> %721, <16 x float> %772, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %774 = shufflevector <16 x float> %721, <16 x float> %772, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %775 = fadd <16 x float> %773, %774
  %776 = shufflevector <16 x float> %688, <16 x float> %775, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %777 = shufflevector <16 x float> %688, <16 x float> %775, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %778 = fadd <16 x float> %776, %777
  %779 = add i32 %kfull13, 12
  %780 = sext i32 %779 to i64
  %781 = mul nsw i64 %780, 10240
  %782 = getelementptr i8, ptr %22, i64 %781
  %783 = load <16 x float>, ptr %782, align 4
  %784 = getelementptr i8, ptr %782, i64 64
  %785 = load <16 x float>, ptr %784, align 4
  %786 = getelementptr i8, ptr %782, i64 128
  %787 = load <16 x float>, ptr %786, align 4
  %788 = getelementptr i8, ptr %782, i64 192
  %789 = load <16 x float>, ptr %788, align 4
  %790 = getelementptr i8, ptr %782, i64 256
  %791 = load <16 x float>, ptr %790, align 4
  %792 = fmul <16 x float> %q14, %783
  %793 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %785, <16 x float> %792)
  %794 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %787, <16 x float> %793)
  %795 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %789, <16 x float> %794)
  %796 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %791, <16 x float> %795)
  %797 = fmul <16 x float> %q19, %783
  %798 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %785, <16 x float> %797)
  %799 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %787, <16 x float> %798)
  %800 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q22, <16 x float> %789, <16 x float> %799)
  %801 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %791, <16 x float> %800)
  %802 = fmul <16 x float> %q24, %783
  %803 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %785, <16 x float> %802)
  %804 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %787, <16 x float> %803)
  %805 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %789, <16 x float> %804)
  %806 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %791, <16 x float> %805)
  %807 = fmul <16 x float> %q29, %783
  %808 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %785, <16 x float> %807)
  %809 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %787, <16 x float> %808)
  %810 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %789, <16 x float> %809)
  %811 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %791, <16 x float> %810)
  %812 = add i32 %kfull13, 13
  %813 = sext i32 %812 to i64
  %814 = mul nsw i64 %813, 10240
  %815 = getelementptr i8, ptr %22, i64 %814
  %816 = load <16 x float>, ptr %815, align 4
  %817 = getelementptr i8, ptr %815, i64 64
  %818 = load <16 x float>, ptr %817, align 4
  %819 = getelementptr i8, ptr %815, i64 128
  %820 = load <16 x float>, ptr %819, align 4
  %821 = getelementptr i8, ptr %815, i64 192
  %822 = load <16 x float>, ptr %821, align 4
  %823 = getelementptr i8, ptr %815, i64 256
  %824 = load <16 x float>, ptr %823, align 4
  %825 = fmul <16 x float> %q14, %816
  %826 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %818, <16 x float> %825)
  %827 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %820, <16 x float> %826)
  %828 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %822, <16 x float> %827)
  %829 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %824, <16 x float> %828)
  %830 = shufflevector <16 x float> %796, <16 x float> %829, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %831 = shufflevector <16 x float> %796, <16 x float> %829, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %832 = fadd <16 x float> %830, %831
  %833 = fmul <16 x float> %q19, %816
  %834 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %818, <16 x float> %833)
  %835 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %820, <16 x float> %834)
  %836 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q22, <16 x float> %822, <16 x float> %835)
  %837 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %824, <16 x float> %836)
  %838 = shufflevector <16 x float> %801, <16 x float> %837, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %839 = shufflevector <16 x float> %801, <16 x float> %837, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %840 = fadd <16 x float> %838, %839
  %841 = fmul <16 x float> %q24, %816
  %842 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %818, <16 x float> %841)
  %843 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %820, <16 x float> %842)
  %844 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %822, <16 x float> %843)
  %845 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %824, <16 x float> %844)
  %846 = shufflevector <16 x float> %806, <16 x float> %845, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %847 = shufflevector <16 x float> %806, <16 x float> %845, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %848 = fadd <16 x float> %846, %847
  %849 = fmul <16 x float> %q29, %816
  %850 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %818, <16 x float> %849)
  %851 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %820, <16 x float> %850)
  %852 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %822, <16 x float> %851)
  %853 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %824, <16 x float> %852)
  %854 = shufflevector <16 x float> %811, <16 x float> %853, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %855 = shufflevector <16 x float> %811, <16 x float> %853, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %856 = fadd <16 x float> %854, %855
  %857 = add i32 %kfull13, 14
  %858 = sext i32 %857 to i64
  %859 = mul nsw i64 %858, 10240
  %860 = getelementptr i8, ptr %22, i64 %859
  %861 = load <16 x float>, ptr %860, align 4
  %862 = getelementptr i8, ptr %860, i64 64
  %863 = load <16 x float>, ptr %862, align 4
  %864 = getelementptr i8, ptr %860, i64 128
  %865 = load <16 x float>, ptr %864, align 4
  %866 = getelementptr i8, ptr %860, i64 192
  %867 = load <16 x float>, ptr %866, align 4
  %868 = getelementptr i8, ptr %860, i64 256
  %869 = load <16 x float>, ptr %868, align 4
  %870 = fmul <16 x float> %q14, %861
  %871 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %863, <16 x float> %870)
  %872 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %865, <16 x float> %871)
  %873 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %867, <16 x float> %872)
  %874 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %869, <16 x float> %873)
  %875 = fmul <16 x float> %q19, %861
  %876 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %863, <16 x float> %875)
  %877 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %865, <16 x float> %876)
  %878 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q22, <16 x float> %867, <16 x float> %877)
  %879 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %869, <16 x float> %878)
  %880 = fmul <16 x float> %q24, %861
  %881 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %863, <16 x float> %880)
  %882 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %865, <16 x float> %881)
  %883 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %867, <16 x float> %882)
  %884 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %869, <16 x float> %883)
  %885 = fmul <16 x float> %q29, %861
  %886 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %863, <16 x float> %885)
  %887 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %865, <16 x float> %886)
  %888 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %867, <16 x float> %887)
  %889 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %869, <16 x float> %888)
  %890 = add i32 %kfull13, 15
  %891 = sext i32 %890 to i64
  %892 = mul nsw i64 %891, 10240
  %893 = getelementptr i8, ptr %22, i64 %892
  %894 = load <16 x float>, ptr %893, align 4
  %895 = getelementptr i8, ptr %893, i64 64
  %896 = load <16 x float>, ptr %895, align 4
  %897 = getelementptr i8, ptr %893, i64 128
  %898 = load <16 x float>, ptr %897, align 4
  %899 = getelementptr i8, ptr %893, i64 192
  %900 = load <16 x float>, ptr %899, align 4
  %901 = getelementptr i8, ptr %893, i64 256
  %902 = load <16 x float>, ptr %901, align 4
  %903 = fmul <16 x float> %q14, %894
  %904 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %896, <16 x float> %903)
  %905 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %898, <16 x float> %904)
  %906 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %900, <16 x float> %905)
  %907 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %902, <16 x float> %906)
  %908 = shufflevector <16 x float> %874, <16 x float> %907, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %909 = shufflevector <16 x float> %874, <16 x float> %907, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %910 = fadd <16 x float> %908, %909
  %911 = shufflevector <16 x float> %832, <16 x float> %910, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %912 = shufflevector <16 x float> %832, <16 x float> %910, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %913 = fadd <16 x float> %911, %912
  %914 = shufflevector <16 x float> %745, <16 x float> %913, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %915 = shufflevector <16 x float> %745, <16 x float> %913, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %916 = fadd <16 x float> %914, %915
  %917 = shufflevector <16 x float> %568, <16 x float> %916, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %918 = shufflevector <16 x float> %568, <16 x float> %916, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %919 = fadd <16 x float> %917, %918
  %920 = fmul <16 x float> %q19, %894
  %921 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %896, <16 x float> %920)
  %922 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %898, <16 x float> %921)
  %923 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q22, <16 x float> %900, <16 x float> %922)
  %924 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %902, <16 x float> %923)
  %925 = shufflevector <16 x float> %879, <16 x float> %924, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %926 = shufflevector <16 x float> %879, <16 x float> %924, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %927 = fadd <16 x float> %925, %926
  %928 = shufflevector <16 x float> %840, <16 x float> %927, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %929 = shufflevector <16 x float> %840, <16 x float> %927, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %930 = fadd <16 x float> %928, %929
  %931 = shufflevector <16 x float> %756, <16 x float> %930, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %932 = shufflevector <16 x float> %756, <16 x float> %930, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %933 = fadd <16 x float> %931, %932
  %934 = shufflevector <16 x float> %582, <16 x float> %933, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %935 = shufflevector <16 x float> %582, <16 x float> %933, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %936 = fadd <16 x float> %934, %935
  %937 = fmul <16 x float> %q24, %894
  %938 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %896, <16 x float> %937)
  %939 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %898, <16 x float> %938)
  %940 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %900, <16 x float> %939)
  %941 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %902, <16 x float> %940)
  %942 = shufflevector <16 x float> %884, <16 x float> %941, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %943 = shufflevector <16 x float> %884, <16 x float> %941, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %944 = fadd <16 x float> %942, %943
  %945 = shufflevector <16 x float> %848, <16 x float> %944, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %946 = shufflevector <16 x float> %848, <16 x float> %944, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %947 = fadd <16 x float> %945, %946
  %948 = shufflevector <16 x float> %767, <16 x float> %947, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %949 = shufflevector <16 x float> %767, <16 x float> %947, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %950 = fadd <16 x float> %948, %949
  %951 = shufflevector <16 x float> %596, <16 x float> %950, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %952 = shufflevector <16 x float> %596, <16 x float> %950, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %953 = fadd <16 x float> %951, %952
  %954 = fmul <16 x float> %q29, %894
  %955 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q30, <16 x float> %896, <16 x float> %954)
  %956 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %898, <16 x float> %955)
  %957 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %900, <16 x float> %956)
  %958 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %902, <16 x float> %957)
  %959 = shufflevector <16 x float> %889, <16 x float> %958, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %960 = shufflevector <16 x float> %889, <16 x float> %958, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %961 = fadd <16 x float> %959, %960
  %962 = shufflevector <16 x float> %856, <16 x float> %961, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %963 = shufflevector <16 x float> %856, <16 x float> %961, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %964 = fadd <16 x float> %962, %963
  %965 = shufflevector <16 x float> %778, <16 x float> %964, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %966 = shufflevector <16 x float> %778, <16 x float> %964, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %967 = fadd <16 x float> %965, %966
  %968 = shufflevector <16 x float> %610, <16 x float> %967, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %969 = shufflevector <16 x float> %610, <16 x float> %967, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %970 = fadd <16 x float> %968, %969
  %m = load float, ptr %bm160, align 4
  %971 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %919)
  %972 = call float @llvm.maxnum.f32(float %m, float %971)
  %973 = fsub float %m, %972
  %974 = insertelement <16 x float> poison, float %973, i64 0
  %splat34 = shufflevector <16 x float> %974, <16 x float> poison, <16 x i32> zeroinitializer
  %975 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat34, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %976 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %975, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %977 = fadd <16 x float> %976, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fadd <16 x float> %977, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f = fsub <16 x float> %976, %n
  %978 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %979 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %978, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %980 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %979, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %981 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %980, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %982 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %981, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %983 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %982, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %984 = fptosi <16 x float> %n to <16 x i32>
  %985 = shl <16 x i32> %984, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %986 = add <16 x i32> %985, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %987 = bitcast <16 x i32> %986 to <16 x float>
  %exp2 = fmul <16 x float> %983, %987
  %988 = insertelement <16 x float> poison, float %972, i64 0
  %splat35 = shufflevector <16 x float> %988, <16 x float> poison, <16 x i32> zeroinitializer
  %989 = fsub <16 x float> %919, %splat35
  %990 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %989, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %991 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %990, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %992 = fadd <16 x float> %991, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n36 = fadd <16 x float> %992, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f37 = fsub <16 x float> %991, %n36
  %993 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f37, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %994 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %993, <16 x float> %f37, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %995 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %994, <16 x float> %f37, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %996 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %995, <16 x float> %f37, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %997 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %996, <16 x float> %f37, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %998 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %997, <16 x float> %f37, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %999 = fptosi <16 x float> %n36 to <16 x i32>
  %1000 = shl <16 x i32> %999, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1001 = add <16 x i32> %1000, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %1002 = bitcast <16 x i32> %1001 to <16 x float>
  %exp238 = fmul <16 x float> %998, %1002
  %l = load <16 x float>, ptr %bl159, align 64
  %1003 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %l, <16 x float> %exp2, <16 x float> %exp238)
  store <16 x float> %1003, ptr %bl159, align 64
  store float %972, ptr %bm160, align 4
  %1004 = load <16 x float>, ptr %bacc158, align 64
  %1005 = fmul <16 x float> %1004, %exp2
  store <16 x float> %1005, ptr %bacc158, align 64
  %1006 = load <16 x float>, ptr %77, align 64
  %1007 = fmul <16 x float> %1006, %exp2
  store <16 x float> %1007, ptr %77, align 64
  %1008 = load <16 x float>, ptr %78, align 64
  %1009 = fmul <16 x float> %1008, %exp2
  store <16 x float> %1009, ptr %78, align 64
  %1010 = load <16 x float>, ptr %79, align 64
  %1011 = fmul <16 x float> %1010, %exp2
  store <16 x float> %1011, ptr %79, align 64
  %1012 = load <16 x float>, ptr %80, align 64
  %1013 = fmul <16 x float> %1012, %exp2
  store <16 x float> %1013, ptr %80, align 64
  %m39 = load float, ptr %81, align 4
  %1014 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %936)
  %1015 = call float @llvm.maxnum.f32(float %m39, float %1014)
  %1016 = fsub float %m39, %1015
  %1017 = insertelement <16 x float> poison, float %1016, i64 0
  %splat40 = shufflevector <16 x float> %1017, <16 x float> poison, <16 x i32> zeroinitializer
  %1018 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat40, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %1019 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %1018, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %1020 = fadd <16 x float> %1019, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n41 = fadd <16 x float> %1020, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f42 = fsub <16 x float> %1019, %n41
  %1021 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f42, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %1022 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1021, <16 x float> %f42, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %1023 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1022, <16 x float> %f42, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %1024 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1023, <16 x float> %f42, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %1025 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1024, <16 x float> %f42, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %1026 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1025, <16 x float> %f42, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %1027 = fptosi <16 x float> %n41 to <16 x i32>
  %1028 = shl <16 x i32> %1027, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1029 = add <16 x i32> %1028, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %1030 = bitcast <16 x i32> %1029 to <16 x float>
  %exp243 = fmul <16 x float> %1026, %1030
  %1031 = insertelement <16 x float> poison, float %1015, i64 0
  %splat44 = shufflevector <16 x float> %1031, <16 x float> poison, <16 x i32> zeroinitializer
  %1032 = fsub <16 x float> %936, %splat44
  %1033 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %1032, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %1034 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %1033, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %1035 = fadd <16 x float> %1034, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n45 = fadd <16 x float> %1035, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f46 = fsub <16 x float> %1034, %n45
  %1036 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f46, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %1037 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1036, <16 x float> %f46, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %1038 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1037, <16 x float> %f46, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %1039 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1038, <16 x float> %f46, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %1040 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1039, <16 x float> %f46, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %1041 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1040, <16 x float> %f46, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %1042 = fptosi <16 x float> %n45 to <16 x i32>
  %1043 = shl <16 x i32> %1042, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1044 = add <16 x i32> %1043, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %1045 = bitcast <16 x i32> %1044 to <16 x float>
  %exp247 = fmul <16 x float> %1041, %1045
  %l48 = load <16 x float>, ptr %82, align 64
  %1046 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %l48, <16 x float> %exp243, <16 x float> %exp247)
  store <16 x float> %1046, ptr %82, align 64
  store float %1015, ptr %81, align 4
  %1047 = load <16 x float>, ptr %83, align 64
  %1048 = fmul <16 x float> %1047, %exp243
  store <16 x float> %1048, ptr %83, align 64
  %1049 = load <16 x float>, ptr %84, align 64
  %1050 = fmul <16 x float> %1049, %exp243
  store <16 x float> %1050, ptr %84, align 64
  %1051 = load <16 x float>, ptr %85, align 64
  %1052 = fmul <16 x float> %1051, %exp243
  store <16 x float> %1052, ptr %85, align 64
  %1053 = load <16 x float>, ptr %86, align 64
  %1054 = fmul <16 x float> %1053, %exp243
  store <16 x float> %1054, ptr %86, align 64
  %1055 = load <16 x float>, ptr %87, align 64
  %1056 = fmul <16 x float> %1055, %exp243
  store <16 x float> %1056, ptr %87, align 64
  %m49 = load float, ptr %89, align 4
  %1057 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %953)
  %1058 = call float @llvm.maxnum.f32(float %m49, float %1057)
  %1059 = fsub float %m49, %1058
  %1060 = insertelement <16 x float> poison, float %1059, i64 0
  %splat50 = shufflevector <16 x float> %1060, <16 x float> poison, <16 x i32> zeroinitializer
  %1061 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat50, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %1062 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %1061, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %1063 = fadd <16 x float> %1062, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n51 = fadd <16 x float> %1063, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f52 = fsub <16 x float> %1062, %n51
  %1064 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f52, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %1065 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1064, <16 x float> %f52, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %1066 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1065, <16 x float> %f52, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %1067 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1066, <16 x float> %f52, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %1068 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1067, <16 x float> %f52, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %1069 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1068, <16 x float> %f52, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %1070 = fptosi <16 x float> %n51 to <16 x i32>
  %1071 = shl <16 x i32> %1070, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1072 = add <16 x i32> %1071, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %1073 = bitcast <16 x i32> %1072 to <16 x float>
  %exp253 = fmul <16 x float> %1069, %1073
  %1074 = insertelement <16 x float> poison, float %1058, i64 0
  %splat54 = shufflevector <16 x float> %1074, <16 x float> poison, <16 x i32> zeroinitializer
  %1075 = fsub <16 x float> %953, %splat54
  %1076 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %1075, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %1077 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %1076, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %1078 = fadd <16 x float> %1077, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n55 = fadd <16 x float> %1078, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f56 = fsub <16 x float> %1077, %n55
  %1079 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f56, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %1080 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1079, <16 x float> %f56, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %1081 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1080, <16 x float> %f56, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %1082 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1081, <16 x float> %f56, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %1083 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1082, <16 x float> %f56, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %1084 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1083, <16 x float> %f56, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %1085 = fptosi <16 x float> %n55 to <16 x i32>
  %1086 = shl <16 x i32> %1085, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1087 = add <16 x i32> %1086, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %1088 = bitcast <16 x i32> %1087 to <16 x float>
  %exp257 = fmul <16 x float> %1084, %1088
  %l58 = load <16 x float>, ptr %90, align 64
  %1089 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %l58, <16 x float> %exp253, <16 x float> %exp257)
  store <16 x float> %1089, ptr %90, align 64
  store float %1058, ptr %89, align 4
  %1090 = load <16 x float>, ptr %91, align 64
  %1091 = fmul <16 x float> %1090, %exp253
  store <16 x float> %1091, ptr %91, align 64
  %1092 = load <16 x float>, ptr %92, align 64
  %1093 = fmul <16 x float> %1092, %exp253
  store <16 x float> %1093, ptr %92, align 64
  %1094 = load <16 x float>, ptr %93, align 64
  %1095 = fmul <16 x float> %1094, %exp253
  store <16 x float> %1095, ptr %93, align 64
  %1096 = load <16 x float>, ptr %94, align 64
  %1097 = fmul <16 x float> %1096, %exp253
  store <16 x float> %1097, ptr %94, align 64
  %1098 = load <16 x float>, ptr %95, align 64
  %1099 = fmul <16 x float> %1098, %exp253
  store <16 x float> %1099, ptr %95, align 64
  %m59 = load float, ptr %97, align 4
  %1100 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %970)
  %1101 = call float @llvm.maxnum.f32(float %m59, float %1100)
  %1102 = fsub float %m59, %1101
  %1103 = insertelement <16 x float> poison, float %1102, i64 0
  %splat60 = shufflevector <16 x float> %1103, <16 x float> poison, <16 x i32> zeroinitializer
  %1104 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat60, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %1105 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %1104, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %1106 = fadd <16 x float> %1105, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n61 = fadd <16 x float> %1106, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f62 = fsub <16 x float> %1105, %n61
  %1107 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f62, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %1108 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1107, <16 x float> %f62, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %1109 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1108, <16 x float> %f62, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %1110 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1109, <16 x float> %f62, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %1111 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1110, <16 x float> %f62, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %1112 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1111, <16 x float> %f62, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %1113 = fptosi <16 x float> %n61 to <16 x i32>
  %1114 = shl <16 x i32> %1113, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1115 = add <16 x i32> %1114, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %1116 = bitcast <16 x i32> %1115 to <16 x float>
  %exp263 = fmul <16 x float> %1112, %1116
  %1117 = insertelement <16 x float> poison, float %1101, i64 0
  %splat64 = shufflevector <16 x float> %1117, <16 x float> poison, <16 x i32> zeroinitializer
  %1118 = fsub <16 x float> %970, %splat64
  %1119 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %1118, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %1120 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %1119, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %1121 = fadd <16 x float> %1120, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n65 = fadd <16 x float> %1121, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f66 = fsub <16 x float> %1120, %n65
  %1122 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f66, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %1123 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1122, <16 x float> %f66, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %1124 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1123, <16 x float> %f66, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %1125 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1124, <16 x float> %f66, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %1126 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1125, <16 x float> %f66, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %1127 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1126, <16 x float> %f66, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %1128 = fptosi <16 x float> %n65 to <16 x i32>
  %1129 = shl <16 x i32> %1128, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1130 = add <16 x i32> %1129, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %1131 = bitcast <16 x i32> %1130 to <16 x float>
  %exp267 = fmul <16 x float> %1127, %1131
  %l68 = load <16 x float>, ptr %98, align 64
  %1132 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %l68, <16 x float> %exp263, <16 x float> %exp267)
  store <16 x float> %1132, ptr %98, align 64
  store float %1101, ptr %97, align 4
  %1133 = load <16 x float>, ptr %99, align 64
  %1134 = fmul <16 x float> %1133, %exp263
  store <16 x float> %1134, ptr %99, align 64
  %1135 = load <16 x float>, ptr %100, align 64
  %1136 = fmul <16 x float> %1135, %exp263
  store <16 x float> %1136, ptr %100, align 64
  %1137 = load <16 x float>, ptr %101, align 64
  %1138 = fmul <16 x float> %1137, %exp263
  store <16 x float> %1138, ptr %101, align 64
  %1139 = load <16 x float>, ptr %102, align 64
  %1140 = fmul <16 x float> %1139, %exp263
  store <16 x float> %1140, ptr %102, align 64
  %1141 = load <16 x float>, ptr %103, align 64
  %1142 = fmul <16 x float> %1141, %exp263
  store <16 x float> %1142, ptr %103, align 64
  %1143 = getelementptr i8, ptr %24, i64 %265
  %1144 = load <16 x float>, ptr %1143, align 4
  %1145 = load <16 x float>, ptr %bacc158, align 64
  %1146 = shufflevector <16 x float> %exp238, <16 x float> poison, <16 x i32> zeroinitializer
  %1147 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1146, <16 x float> %1144, <16 x float> %1145)
  store <16 x float> %1147, ptr %bacc158, align 64
  %1148 = load <16 x float>, ptr %83, align 64
  %1149 = shufflevector <16 x float> %exp247, <16 x float> poison, <16 x i32> zeroinitializer
  %1150 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1149, <16 x float> %1144, <16 x float> %1148)
  store <16 x float> %1150, ptr %83, align 64
  %1151 = shufflevector <16 x float> %exp257, <16 x float> poison, <16 x i32> zeroinitializer
  %1152 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1151, <16 x float> %1144, <16 x float> %1091)
  store <16 x float> %1152, ptr %91, align 64
  %1153 = shufflevector <16 x float> %exp267, <16 x float> poison, <16 x i32> zeroinitializer
  %1154 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1153, <16 x float> %1144, <16 x float> %1134)
  store <16 x float> %1154, ptr %99, align 64
  %1155 = getelementptr i8, ptr %1143, i64 64
  %1156 = load <16 x float>, ptr %1155, align 4
  %1157 = load <16 x float>, ptr %77, align 64
  %1158 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1146, <16 x float> %1156, <16 x float> %1157)
  store <16 x float> %1158, ptr %77, align 64
  %1159 = load <16 x float>, ptr %84, align 64
  %1160 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1149, <16 x float> %1156, <16 x float> %1159)
  store <16 x float> %1160, ptr %84, align 64
  %1161 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1151, <16 x float> %1156, <16 x float> %1093)
  store <16 x float> %1161, ptr %92, align 64
  %1162 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1153, <16 x float> %1156, <16 x float> %1136)
  store <16 x float> %1162, ptr %100, align 64
  %1163 = getelementptr i8, ptr %1143, i64 128
  %1164 = load <16 x float>, ptr %1163, align 4
  %1165 = load <16 x float>, ptr %78, align 64
  %1166 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1146, <16 x float> %1164, <16 x float> %1165)
  store <16 x float> %1166, ptr %78, align 64
  %1167 = load <16 x float>, ptr %85, align 64
  %1168 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1149, <16 x float> %1164, <16 x float> %1167)
  store <16 x float> %1168, ptr %85, align 64
  %1169 = load <16 x float>, ptr %93, align 64
  %1170 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1151, <16 x float> %1164, <16 x float> %1169)
  store <16 x float> %1170, ptr %93, align 64
  %1171 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1153, <16 x float> %1164, <16 x float> %1138)
  store <16 x float> %1171, ptr %101, align 64
  %1172 = getelementptr i8, ptr %1143, i64 192
  %1173 = load <16 x float>, ptr %1172, align 4
  %1174 = load <16 x float>, ptr %79, align 64
  %1175 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1146, <16 x float> %1173, <16 x float> %1174)
  store <16 x float> %1175, ptr %79, align 64
  %1176 = load <16 x float>, ptr %86, align 64
  %1177 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1149, <16 x float> %1173, <16 x float> %1176)
  store <16 x float> %1177, ptr %86, align 64
  %1178 = load <16 x float>, ptr %94, align 64
  %1179 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1151, <16 x float> %1173, <16 x float> %1178)
  store <16 x float> %1179, ptr %94, align 64
  %1180 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1153, <16 x float> %1173, <16 x float> %1140)
  store <16 x float> %1180, ptr %102, align 64
  %1181 = getelementptr i8, ptr %1143, i64 256
  %1182 = load <16 x float>, ptr %1181, align 4
  %1183 = load <16 x float>, ptr %80, align 64
  %1184 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1146, <16 x float> %1182, <16 x float> %1183)
  store <16 x float> %1184, ptr %80, align 64
  %1185 = load <16 x float>, ptr %87, align 64
  %1186 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1149, <16 x float> %1182, <16 x float> %1185)
  store <16 x float> %1186, ptr %87, align 64
  %1187 = load <16 x float>, ptr %95, align 64
  %1188 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1151, <16 x float> %1182, <16 x float> %1187)
  store <16 x float> %1188, ptr %95, align 64
  %1189 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1153, <16 x float> %1182, <16 x float> %1142)
  store <16 x float> %1189, ptr %103, align 64
  %1190 = getelementptr i8, ptr %24, i64 %298
  %1191 = load <16 x float>, ptr %1190, align 4
  %1192 = shufflevector <16 x float> %exp238, <16 x float> poison, <16 x i32> <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1193 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1192, <16 x float> %1191, <16 x float> %1147)
  store <16 x float> %1193, ptr %bacc158, align 64
  %1194 = shufflevector <16 x float> %exp247, <16 x float> poison, <16 x i32> <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1195 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1194, <16 x float> %1191, <16 x float> %1150)
  store <16 x float> %1195, ptr %83, align 64
  %1196 = shufflevector <16 x float> %exp257, <16 x float> poison, <16 x i32> <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1197 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1196, <16 x float> %1191, <16 x float> %1152)
  store <16 x float> %1197, ptr %91, align 64
  %1198 = shufflevector <16 x float> %exp267, <16 x float> poison, <16 x i32> <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1199 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1198, <16 x float> %1191, <16 x float> %1154)
  store <16 x float> %1199, ptr %99, align 64
  %1200 = getelementptr i8, ptr %1190, i64 64
  %1201 = load <16 x float>, ptr %1200, align 4
  %1202 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1192, <16 x float> %1201, <16 x float> %1158)
  store <16 x float> %1202, ptr %77, align 64
  %1203 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1194, <16 x float> %1201, <16 x float> %1160)
  store <16 x float> %1203, ptr %84, align 64
  %1204 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1196, <16 x float> %1201, <16 x float> %1161)
  store <16 x float> %1204, ptr %92, align 64
  %1205 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1198, <16 x float> %1201, <16 x float> %1162)
  store <16 x float> %1205, ptr %100, align 64
  %1206 = getelementptr i8, ptr %1190, i64 128
  %1207 = load <16 x float>, ptr %1206, align 4
  %1208 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1192, <16 x float> %1207, <16 x float> %1166)
  store <16 x float> %1208, ptr %78, align 64
  %1209 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1194, <16 x float> %1207, <16 x float> %1168)
  store <16 x float> %1209, ptr %85, align 64
  %1210 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1196, <16 x float> %1207, <16 x float> %1170)
  store <16 x float> %1210, ptr %93, align 64
  %1211 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1198, <16 x float> %1207, <16 x float> %1171)
  store <16 x float> %1211, ptr %101, align 64
  %1212 = getelementptr i8, ptr %1190, i64 192
  %1213 = load <16 x float>, ptr %1212, align 4
  %1214 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1192, <16 x float> %1213, <16 x float> %1175)
  store <16 x float> %1214, ptr %79, align 64
  %1215 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1194, <16 x float> %1213, <16 x float> %1177)
  store <16 x float> %1215, ptr %86, align 64
  %1216 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1196, <16 x float> %1213, <16 x float> %1179)
  store <16 x float> %1216, ptr %94, align 64
  %1217 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1198, <16 x float> %1213, <16 x float> %1180)
  store <16 x float> %1217, ptr %102, align 64
  %1218 = getelementptr i8, ptr %1190, i64 256
  %1219 = load <16 x float>, ptr %1218, align 4
  %1220 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1192, <16 x float> %1219, <16 x float> %1184)
  store <16 x float> %1220, ptr %80, align 64
  %1221 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1194, <16 x float> %1219, <16 x float> %1186)
  store <16 x float> %1221, ptr %87, align 64
  %1222 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1196, <16 x float> %1219, <16 x float> %1188)
  store <16 x float> %1222, ptr %95, align 64
  %1223 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1198, <16 x float> %1219, <16 x float> %1189)
  store <16 x float> %1223, ptr %103, align 64
  %1224 = getelementptr i8, ptr %24, i64 %343
  %1225 = load <16 x float>, ptr %1224, align 4
  %1226 = shufflevector <16 x float> %exp238, <16 x float> poison, <16 x i32> <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %1227 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1226, <16 x float> %1225, <16 x float> %1193)
  store <16 x float> %1227, ptr %bacc158, align 64
  %1228 = shufflevector <16 x float> %exp247, <16 x float> poison, <16 x i32> <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %1229 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1228, <16 x float> %1225, <16 x float> %1195)
  store <16 x float> %1229, ptr %83, align 64
  %1230 = shufflevector <16 x float> %exp257, <16 x float> poison, <16 x i32> <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %1231 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1230, <16 x float> %1225, <16 x float> %1197)
  store <16 x float> %1231, ptr %91, align 64
  %1232 = shufflevector <16 x float> %exp267, <16 x float> poison, <16 x i32> <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %1233 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1232, <16 x float> %1225, <16 x float> %1199)
  store <16 x float> %1233, ptr %99, align 64
  %1234 = getelementptr i8, ptr %1224, i64 64
  %1235 = load <16 x float>, ptr %1234, align 4
  %1236 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1226, <16 x float> %1235, <16 x float> %1202)
  store <16 x float> %1236, ptr %77, align 64
  %1237 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1228, <16 x float> %1235, <16 x float> %1203)
  store <16 x float> %1237, ptr %84, align 64
  %1238 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1230, <16 x float> %1235, <16 x float> %1204)
  store <16 x float> %1238, ptr %92, align 64
  %1239 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1232, <16 x float> %1235, <16 x float> %1205)
  store <16 x float> %1239, ptr %100, align 64
  %1240 = getelementptr i8, ptr %1224, i64 128
  %1241 = load <16 x float>, ptr %1240, align 4
  %1242 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1226, <16 x float> %1241, <16 x float> %1208)
  store <16 x float> %1242, ptr %78, align 64
  %1243 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1228, <16 x float> %1241, <16 x float> %1209)
  store <16 x float> %1243, ptr %85, align 64
  %1244 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1230, <16 x float> %1241, <16 x float> %1210)
  store <16 x float> %1244, ptr %93, align 64
  %1245 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1232, <16 x float> %1241, <16 x float> %1211)
  store <16 x float> %1245, ptr %101, align 64
  %1246 = getelementptr i8, ptr %1224, i64 192
  %1247 = load <16 x float>, ptr %1246, align 4
  %1248 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1226, <16 x float> %1247, <16 x float> %1214)
  store <16 x float> %1248, ptr %79, align 64
  %1249 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1228, <16 x float> %1247, <16 x float> %1215)
  store <16 x float> %1249, ptr %86, align 64
  %1250 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1230, <16 x float> %1247, <16 x float> %1216)
  store <16 x float> %1250, ptr %94, align 64
  %1251 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1232, <16 x float> %1247, <16 x float> %1217)
  store <16 x float> %1251, ptr %102, align 64
  %1252 = getelementptr i8, ptr %1224, i64 256
  %1253 = load <16 x float>, ptr %1252, align 4
  %1254 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1226, <16 x float> %1253, <16 x float> %1220)
  store <16 x float> %1254, ptr %80, align 64
  %1255 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1228, <16 x float> %1253, <16 x float> %1221)
  store <16 x float> %1255, ptr %87, align 64
  %1256 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1230, <16 x float> %1253, <16 x float> %1222)
  store <16 x float> %1256, ptr %95, align 64
  %1257 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1232, <16 x float> %1253, <16 x float> %1223)
  store <16 x float> %1257, ptr %103, align 64
  %1258 = getelementptr i8, ptr %24, i64 %376
  %1259 = load <16 x float>, ptr %1258, align 4
  %1260 = shufflevector <16 x float> %exp238, <16 x float> poison, <16 x i32> <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %1261 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1260, <16 x float> %1259, <16 x float> %1227)
  store <16 x float> %1261, ptr %bacc158, align 64
  %1262 = shufflevector <16 x float> %exp247, <16 x float> poison, <16 x i32> <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %1263 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1262, <16 x float> %1259, <16 x float> %1229)
  store <16 x float> %1263, ptr %83, align 64
  %1264 = shufflevector <16 x float> %exp257, <16 x float> poison, <16 x i32> <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %1265 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1264, <16 x float> %1259, <16 x float> %1231)
  store <16 x float> %1265, ptr %91, align 64
  %1266 = shufflevector <16 x float> %exp267, <16 x float> poison, <16 x i32> <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %1267 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1266, <16 x float> %1259, <16 x float> %1233)
  store <16 x float> %1267, ptr %99, align 64
  %1268 = getelementptr i8, ptr %1258, i64 64
  %1269 = load <16 x float>, ptr %1268, align 4
  %1270 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1260, <16 x float> %1269, <16 x float> %1236)
  store <16 x float> %1270, ptr %77, align 64
  %1271 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1262, <16 x float> %1269, <16 x float> %1237)
  store <16 x float> %1271, ptr %84, align 64
  %1272 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1264, <16 x float> %1269, <16 x float> %1238)
  store <16 x float> %1272, ptr %92, align 64
  %1273 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1266, <16 x float> %1269, <16 x float> %1239)
  store <16 x float> %1273, ptr %100, align 64
  %1274 = getelementptr i8, ptr %1258, i64 128
  %1275 = load <16 x float>, ptr %1274, align 4
  %1276 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1260, <16 x float> %1275, <16 x float> %1242)
  store <16 x float> %1276, ptr %78, align 64
  %1277 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1262, <16 x float> %1275, <16 x float> %1243)
  store <16 x float> %1277, ptr %85, align 64
  %1278 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1264, <16 x float> %1275, <16 x float> %1244)
  store <16 x float> %1278, ptr %93, align 64
  %1279 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1266, <16 x float> %1275, <16 x float> %1245)
  store <16 x float> %1279, ptr %101, align 64
  %1280 = getelementptr i8, ptr %1258, i64 192
  %1281 = load <16 x float>, ptr %1280, align 4
  %1282 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1260, <16 x float> %1281, <16 x float> %1248)
  store <16 x float> %1282, ptr %79, align 64
  %1283 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1262, <16 x float> %1281, <16 x float> %1249)
  store <16 x float> %1283, ptr %86, align 64
  %1284 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1264, <16 x float> %1281, <16 x float> %1250)
  store <16 x float> %1284, ptr %94, align 64
  %1285 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1266, <16 x float> %1281, <16 x float> %1251)
  store <16 x float> %1285, ptr %102, align 64
  %1286 = getelementptr i8, ptr %1258, i64 256
  %1287 = load <16 x float>, ptr %1286, align 4
  %1288 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1260, <16 x float> %1287, <16 x float> %1254)
  store <16 x float> %1288, ptr %80, align 64
  %1289 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1262, <16 x float> %1287, <16 x float> %1255)
  store <16 x float> %1289, ptr %87, align 64
  %1290 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1264, <16 x float> %1287, <16 x float> %1256)
  store <16 x float> %1290, ptr %95, align 64
  %1291 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1266, <16 x float> %1287, <16 x float> %1257)
  store <16 x float> %1291, ptr %103, align 64
  %1292 = getelementptr i8, ptr %24, i64 %433
  %1293 = load <16 x float>, ptr %1292, align 4
  %1294 = shufflevector <16 x float> %exp238, <16 x float> poison, <16 x i32> <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %1295 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1294, <16 x float> %1293, <16 x float> %1261)
  store <16 x float> %1295, ptr %bacc158, align 64
  %1296 = shufflevector <16 x float> %exp247, <16 x float> poison, <16 x i32> <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %1297 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1296, <16 x float> %1293, <16 x float> %1263)
  store <16 x float> %1297, ptr %83, align 64
  %1298 = shufflevector <16 x float> %exp257, <16 x float> poison, <16 x i32> <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %1299 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1298, <16 x float> %1293, <16 x float> %1265)
  store <16 x float> %1299, ptr %91, align 64
  %1300 = shufflevector <16 x float> %exp267, <16 x float> poison, <16 x i32> <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %1301 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1300, <16 x float> %1293, <16 x float> %1267)
  store <16 x float> %1301, ptr %99, align 64
  %1302 = getelementptr i8, ptr %1292, i64 64
  %1303 = load <16 x float>, ptr %1302, align 4
  %1304 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1294, <16 x float> %1303, <16 x float> %1270)
  store <16 x float> %1304, ptr %77, align 64
  %1305 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1296, <16 x float> %1303, <16 x float> %1271)
  store <16 x float> %1305, ptr %84, align 64
  %1306 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1298, <16 x float> %1303, <16 x float> %1272)
  store <16 x float> %1306, ptr %92, align 64
  %1307 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1300, <16 x float> %1303, <16 x float> %1273)
  store <16 x float> %1307, ptr %100, align 64
  %1308 = getelementptr i8, ptr %1292, i64 128
  %1309 = load <16 x float>, ptr %1308, align 4
  %1310 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1294, <16 x float> %1309, <16 x float> %1276)
  store <16 x float> %1310, ptr %78, align 64
  %1311 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1296, <16 x float> %1309, <16 x float> %1277)
  store <16 x float> %1311, ptr %85, align 64
  %1312 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1298, <16 x float> %1309, <16 x float> %1278)
  store <16 x float> %1312, ptr %93, align 64
  %1313 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1300, <16 x float> %1309, <16 x float> %1279)
  store <16 x float> %1313, ptr %101, align 64
  %1314 = getelementptr i8, ptr %1292, i64 192
  %1315 = load <16 x float>, ptr %1314, align 4
  %1316 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1294, <16 x float> %1315, <16 x float> %1282)
  store <16 x float> %1316, ptr %79, align 64
  %1317 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1296, <16 x float> %1315, <16 x float> %1283)
  store <16 x float> %1317, ptr %86, align 64
  %1318 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1298, <16 x float> %1315, <16 x float> %1284)
  store <16 x float> %1318, ptr %94, align 64
  %1319 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1300, <16 x float> %1315, <16 x float> %1285)
  store <16 x float> %1319, ptr %102, align 64
  %1320 = getelementptr i8, ptr %1292, i64 256
  %1321 = load <16 x float>, ptr %1320, align 4
  %1322 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1294, <16 x float> %1321, <16 x float> %1288)
  store <16 x float> %1322, ptr %80, align 64
  %1323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1296, <16 x float> %1321, <16 x float> %1289)
  store <16 x float> %1323, ptr %87, align 64
  %1324 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1298, <16 x float> %1321, <16 x float> %1290)
  store <16 x float> %1324, ptr %95, align 64
  %1325 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1300, <16 x float> %1321, <16 x float> %1291)
  store <16 x float> %1325, ptr %103, align 64
  %1326 = getelementptr i8, ptr %24, i64 %466
  %1327 = load <16 x float>, ptr %1326, align 4
  %1328 = shufflevector <16 x float> %exp238, <16 x float> poison, <16 x i32> <i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5>
  %1329 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1328, <16 x float> %1327, <16 x float> %1295)
  store <16 x float> %1329, ptr %bacc158, align 64
  %1330 = shufflevector <16 x float> %exp247, <16 x float> poison, <16 x i32> <i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5>
  %1331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1330, <16 x float> %1327, <16 x float> %1297)
  store <16 x float> %1331, ptr %83, align 64
  %1332 = shufflevector <16 x float> %exp257, <16 x float> poison, <16 x i32> <i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5>
  %1333 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1332, <16 x float> %1327, <16 x float> %1299)
  store <16 x float> %1333, ptr %91, align 64
  %1334 = shufflevector <16 x float> %exp267, <16 x float> poison, <16 x i32> <i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5>
  %1335 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1334, <16 x float> %1327, <16 x float> %1301)
  store <16 x float> %1335, ptr %99, align 64
  %1336 = getelementptr i8, ptr %1326, i64 64
  %1337 = load <16 x float>, ptr %1336, align 4
  %1338 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1328, <16 x float> %1337, <16 x float> %1304)
  store <16 x float> %1338, ptr %77, align 64
  %1339 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1330, <16 x float> %1337, <16 x float> %1305)
  store <16 x float> %1339, ptr %84, align 64
  %1340 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1332, <16 x float> %1337, <16 x float> %1306)
  store <16 x float> %1340, ptr %92, align 64
  %1341 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1334, <16 x float> %1337, <16 x float> %1307)
  store <16 x float> %1341, ptr %100, align 64
  %1342 = getelementptr i8, ptr %1326, i64 128
  %1343 = load <16 x float>, ptr %1342, align 4
  %1344 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1328, <16 x float> %1343, <16 x float> %1310)
  store <16 x float> %1344, ptr %78, align 64
  %1345 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1330, <16 x float> %1343, <16 x float> %1311)
  store <16 x float> %1345, ptr %85, align 64
  %1346 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1332, <16 x float> %1343, <16 x float> %1312)
  store <16 x float> %1346, ptr %93, align 64
  %1347 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1334, <16 x float> %1343, <16 x float> %1313)
  store <16 x float> %1347, ptr %101, align 64
  %1348 = getelementptr i8, ptr %1326, i64 192
  %1349 = load <16 x float>, ptr %1348, align 4
  %1350 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1328, <16 x float> %1349, <16 x float> %1316)
  store <16 x float> %1350, ptr %79, align 64
  %1351 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1330, <16 x float> %1349, <16 x float> %1317)
  store <16 x float> %1351, ptr %86, align 64
  %1352 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1332, <16 x float> %1349, <16 x float> %1318)
  store <16 x float> %1352, ptr %94, align 64
  %1353 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1334, <16 x float> %1349, <16 x float> %1319)
  store <16 x float> %1353, ptr %102, align 64
  %1354 = getelementptr i8, ptr %1326, i64 256
  %1355 = load <16 x float>, ptr %1354, align 4
  %1356 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1328, <16 x float> %1355, <16 x float> %1322)
  store <16 x float> %1356, ptr %80, align 64
  %1357 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1330, <16 x float> %1355, <16 x float> %1323)
  store <16 x float> %1357, ptr %87, align 64
  %1358 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1332, <16 x float> %1355, <16 x float> %1324)
  store <16 x float> %1358, ptr %95, align 64
  %1359 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1334, <16 x float> %1355, <16 x float> %1325)
  store <16 x float> %1359, ptr %103, align 64
  %1360 = getelementptr i8, ptr %24, i64 %511
  %1361 = load <16 x float>, ptr %1360, align 4
  %1362 = shufflevector <16 x float> %exp238, <16 x float> poison, <16 x i32> <i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6>
  %1363 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1362, <16 x float> %1361, <16 x float> %1329)
  store <16 x float> %1363, ptr %bacc158, align 64
  %1364 = shufflevector <16 x float> %exp247, <16 x float> poison, <16 x i32> <i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6>
  %1365 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1364, <16 x float> %1361, <16 x float> %1331)
  store <16 x float> %1365, ptr %83, align 64
  %1366 = shufflevector <16 x float> %exp257, <16 x float> poison, <16 x i32> <i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6>
  %1367 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1366, <16 x float> %1361, <16 x float> %1333)
  store <16 x float> %1367, ptr %91, align 64
  %1368 = shufflevector <16 x float> %exp267, <16 x float> poison, <16 x i32> <i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6>
  %1369 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1368, <16 x float> %1361, <16 x float> %1335)
  store <16 x float> %1369, ptr %99, align 64
  %1370 = getelementptr i8, ptr %1360, i64 64
  %1371 = load <16 x float>, ptr %1370, align 4
  %1372 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1362, <16 x float> %1371, <16 x float> %1338)
  store <16 x float> %1372, ptr %77, align 64
  %1373 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1364, <16 x float> %1371, <16 x float> %1339)
  store <16 x float> %1373, ptr %84, align 64
  %1374 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1366, <16 x float> %1371, <16 x float> %1340)
  store <16 x float> %1374, ptr %92, align 64
  %1375 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1368, <16 x float> %1371, <16 x float> %1341)
  store <16 x float> %1375, ptr %100, align 64
  %1376 = getelementptr i8, ptr %1360, i64 128
  %1377 = load <16 x float>, ptr %1376, align 4
  %1378 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1362, <16 x float> %1377, <16 x float> %1344)
  store <16 x float> %1378, ptr %78, align 64
  %1379 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1364, <16 x float> %1377, <16 x float> %1345)
  store <16 x float> %1379, ptr %85, align 64
  %1380 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1366, <16 x float> %1377, <16 x float> %1346)
  store <16 x float> %1380, ptr %93, align 64
  %1381 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1368, <16 x float> %1377, <16 x float> %1347)
  store <16 x float> %1381, ptr %101, align 64
  %1382 = getelementptr i8, ptr %1360, i64 192
  %1383 = load <16 x float>, ptr %1382, align 4
  %1384 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1362, <16 x float> %1383, <16 x float> %1350)
  store <16 x float> %1384, ptr %79, align 64
  %1385 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1364, <16 x float> %1383, <16 x float> %1351)
  store <16 x float> %1385, ptr %86, align 64
  %1386 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1366, <16 x float> %1383, <16 x float> %1352)
  store <16 x float> %1386, ptr %94, align 64
  %1387 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1368, <16 x float> %1383, <16 x float> %1353)
  store <16 x float> %1387, ptr %102, align 64
  %1388 = getelementptr i8, ptr %1360, i64 256
  %1389 = load <16 x float>, ptr %1388, align 4
  %1390 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1362, <16 x float> %1389, <16 x float> %1356)
  store <16 x float> %1390, ptr %80, align 64
  %1391 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1364, <16 x float> %1389, <16 x float> %1357)
  store <16 x float> %1391, ptr %87, align 64
  %1392 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1366, <16 x float> %1389, <16 x float> %1358)
  store <16 x float> %1392, ptr %95, align 64
  %1393 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1368, <16 x float> %1389, <16 x float> %1359)
  store <16 x float> %1393, ptr %103, align 64
  %1394 = getelementptr i8, ptr %24, i64 %544
  %1395 = load <16 x float>, ptr %1394, align 4
  %1396 = shufflevector <16 x float> %exp238, <16 x float> poison, <16 x i32> <i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7>
  %1397 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1396, <16 x float> %1395, <16 x float> %1363)
  store <16 x float> %1397, ptr %bacc158, align 64
  %1398 = shufflevector <16 x float> %exp247, <16 x float> poison, <16 x i32> <i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7>
  %1399 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1398, <16 x float> %1395, <16 x float> %1365)
  store <16 x float> %1399, ptr %83, align 64
  %1400 = shufflevector <16 x float> %exp257, <16 x float> poison, <16 x i32> <i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7>
  %1401 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1400, <16 x float> %1395, <16 x float> %1367)
  store <16 x float> %1401, ptr %91, align 64
  %1402 = shufflevector <16 x float> %exp267, <16 x float> poison, <16 x i32> <i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7>
  %1403 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1402, <16 x float> %1395, <16 x float> %1369)
  store <16 x float> %1403, ptr %99, align 64
  %1404 = getelementptr i8, ptr %1394, i64 64
  %1405 = load <16 x float>, ptr %1404, align 4
  %1406 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1396, <16 x float> %1405, <16 x float> %1372)
  store <16 x float> %1406, ptr %77, align 64
  %1407 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1398, <16 x float> %1405, <16 x float> %1373)
  store <16 x float> %1407, ptr %84, align 64
  %1408 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1400, <16 x float> %1405, <16 x float> %1374)
  store <16 x float> %1408, ptr %92, align 64
  %1409 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1402, <16 x float> %1405, <16 x float> %1375)
  store <16 x float> %1409, ptr %100, align 64
  %1410 = getelementptr i8, ptr %1394, i64 128
  %1411 = load <16 x float>, ptr %1410, align 4
  %1412 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1396, <16 x float> %1411, <16 x float> %1378)
  store <16 x float> %1412, ptr %78, align 64
  %1413 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1398, <16 x float> %1411, <16 x float> %1379)
  store <16 x float> %1413, ptr %85, align 64
  %1414 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1400, <16 x float> %1411, <16 x float> %1380)
  store <16 x float> %1414, ptr %93, align 64
  %1415 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1402, <16 x float> %1411, <16 x float> %1381)
  store <16 x float> %1415, ptr %101, align 64
  %1416 = getelementptr i8, ptr %1394, i64 192
  %1417 = load <16 x float>, ptr %1416, align 4
  %1418 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1396, <16 x float> %1417, <16 x float> %1384)
  store <16 x float> %1418, ptr %79, align 64
  %1419 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1398, <16 x float> %1417, <16 x float> %1385)
  store <16 x float> %1419, ptr %86, align 64
  %1420 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1400, <16 x float> %1417, <16 x float> %1386)
  store <16 x float> %1420, ptr %94, align 64
  %1421 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1402, <16 x float> %1417, <16 x float> %1387)
  store <16 x float> %1421, ptr %102, align 64
  %1422 = getelementptr i8, ptr %1394, i64 256
  %1423 = load <16 x float>, ptr %1422, align 4
  %1424 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1396, <16 x float> %1423, <16 x float> %1390)
  store <16 x float> %1424, ptr %80, align 64
  %1425 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1398, <16 x float> %1423, <16 x float> %1391)
  store <16 x float> %1425, ptr %87, align 64
  %1426 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1400, <16 x float> %1423, <16 x float> %1392)
  store <16 x float> %1426, ptr %95, align 64
  %1427 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1402, <16 x float> %1423, <16 x float> %1393)
  store <16 x float> %1427, ptr %103, align 64
  %1428 = getelementptr i8, ptr %24, i64 %613
  %1429 = load <16 x float>, ptr %1428, align 4
  %1430 = shufflevector <16 x float> %exp238, <16 x float> poison, <16 x i32> <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %1431 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1430, <16 x float> %1429, <16 x float> %1397)
  store <16 x float> %1431, ptr %bacc158, align 64
  %1432 = shufflevector <16 x float> %exp247, <16 x float> poison, <16 x i32> <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %1433 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1432, <16 x float> %1429, <16 x float> %1399)
  store <16 x float> %1433, ptr %83, align 64
  %1434 = shufflevector <16 x float> %exp257, <16 x float> poison, <16 x i32> <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %1435 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1434, <16 x float> %1429, <16 x float> %1401)
  store <16 x float> %1435, ptr %91, align 64
  %1436 = shufflevector <16 x float> %exp267, <16 x float> poison, <16 x i32> <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %1437 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1436, <16 x float> %1429, <16 x float> %1403)
  store <16 x float> %1437, ptr %99, align 64
  %1438 = getelementptr i8, ptr %1428, i64 64
  %1439 = load <16 x float>, ptr %1438, align 4
  %1440 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1430, <16 x float> %1439, <16 x float> %1406)
  store <16 x float> %1440, ptr %77, align 64
  %1441 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1432, <16 x float> %1439, <16 x float> %1407)
  store <16 x float> %1441, ptr %84, align 64
  %1442 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1434, <16 x float> %1439, <16 x float> %1408)
  store <16 x float> %1442, ptr %92, align 64
  %1443 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1436, <16 x float> %1439, <16 x float> %1409)
  store <16 x float> %1443, ptr %100, align 64
  %1444 = getelementptr i8, ptr %1428, i64 128
  %1445 = load <16 x float>, ptr %1444, align 4
  %1446 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1430, <16 x float> %1445, <16 x float> %1412)
  store <16 x float> %1446, ptr %78, align 64
  %1447 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1432, <16 x float> %1445, <16 x float> %1413)
  store <16 x float> %1447, ptr %85, align 64
  %1448 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1434, <16 x float> %1445, <16 x float> %1414)
  store <16 x float> %1448, ptr %93, align 64
  %1449 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1436, <16 x float> %1445, <16 x float> %1415)
  store <16 x float> %1449, ptr %101, align 64
  %1450 = getelementptr i8, ptr %1428, i64 192
  %1451 = load <16 x float>, ptr %1450, align 4
  %1452 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1430, <16 x float> %1451, <16 x float> %1418)
  store <16 x float> %1452, ptr %79, align 64
  %1453 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1432, <16 x float> %1451, <16 x float> %1419)
  store <16 x float> %1453, ptr %86, align 64
  %1454 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1434, <16 x float> %1451, <16 x float> %1420)
  store <16 x float> %1454, ptr %94, align 64
  %1455 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1436, <16 x float> %1451, <16 x float> %1421)
  store <16 x float> %1455, ptr %102, align 64
  %1456 = getelementptr i8, ptr %1428, i64 256
  %1457 = load <16 x float>, ptr %1456, align 4
  %1458 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1430, <16 x float> %1457, <16 x float> %1424)
  store <16 x float> %1458, ptr %80, align 64
  %1459 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1432, <16 x float> %1457, <16 x float> %1425)
  store <16 x float> %1459, ptr %87, align 64
  %1460 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1434, <16 x float> %1457, <16 x float> %1426)
  store <16 x float> %1460, ptr %95, align 64
  %1461 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1436, <16 x float> %1457, <16 x float> %1427)
  store <16 x float> %1461, ptr %103, align 64
  %1462 = getelementptr i8, ptr %24, i64 %646
  %1463 = load <16 x float>, ptr %1462, align 4
  %1464 = shufflevector <16 x float> %exp238, <16 x float> poison, <16 x i32> <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %1465 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1464, <16 x float> %1463, <16 x float> %1431)
  store <16 x float> %1465, ptr %bacc158, align 64
  %1466 = shufflevector <16 x float> %exp247, <16 x float> poison, <16 x i32> <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %1467 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1466, <16 x float> %1463, <16 x float> %1433)
  store <16 x float> %1467, ptr %83, align 64
  %1468 = shufflevector <16 x float> %exp257, <16 x float> poison, <16 x i32> <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %1469 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1468, <16 x float> %1463, <16 x float> %1435)
  store <16 x float> %1469, ptr %91, align 64
  %1470 = shufflevector <16 x float> %exp267, <16 x float> poison, <16 x i32> <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %1471 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1470, <16 x float> %1463, <16 x float> %1437)
  store <16 x float> %1471, ptr %99, align 64
  %1472 = getelementptr i8, ptr %1462, i64 64
  %1473 = load <16 x float>, ptr %1472, align 4
  %1474 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1464, <16 x float> %1473, <16 x float> %1440)
  store <16 x float> %1474, ptr %77, align 64
  %1475 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1466, <16 x float> %1473, <16 x float> %1441)
  store <16 x float> %1475, ptr %84, align 64
  %1476 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1468, <16 x float> %1473, <16 x float> %1442)
  store <16 x float> %1476, ptr %92, align 64
  %1477 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1470, <16 x float> %1473, <16 x float> %1443)
  store <16 x float> %1477, ptr %100, align 64
  %1478 = getelementptr i8, ptr %1462, i64 128
  %1479 = load <16 x float>, ptr %1478, align 4
  %1480 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1464, <16 x float> %1479, <16 x float> %1446)
  store <16 x float> %1480, ptr %78, align 64
  %1481 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1466, <16 x float> %1479, <16 x float> %1447)
  store <16 x float> %1481, ptr %85, align 64
  %1482 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1468, <16 x float> %1479, <16 x float> %1448)
  store <16 x float> %1482, ptr %93, align 64
  %1483 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1470, <16 x float> %1479, <16 x float> %1449)
  store <16 x float> %1483, ptr %101, align 64
  %1484 = getelementptr i8, ptr %1462, i64 192
  %1485 = load <16 x float>, ptr %1484, align 4
  %1486 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1464, <16 x float> %1485, <16 x float> %1452)
  store <16 x float> %1486, ptr %79, align 64
  %1487 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1466, <16 x float> %1485, <16 x float> %1453)
  store <16 x float> %1487, ptr %86, align 64
  %1488 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1468, <16 x float> %1485, <16 x float> %1454)
  store <16 x float> %1488, ptr %94, align 64
  %1489 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1470, <16 x float> %1485, <16 x float> %1455)
  store <16 x float> %1489, ptr %102, align 64
  %1490 = getelementptr i8, ptr %1462, i64 256
  %1491 = load <16 x float>, ptr %1490, align 4
  %1492 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1464, <16 x float> %1491, <16 x float> %1458)
  store <16 x float> %1492, ptr %80, align 64
  %1493 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1466, <16 x float> %1491, <16 x float> %1459)
  store <16 x float> %1493, ptr %87, align 64
  %1494 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1468, <16 x float> %1491, <16 x float> %1460)
  store <16 x float> %1494, ptr %95, align 64
  %1495 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1470, <16 x float> %1491, <16 x float> %1461)
  store <16 x float> %1495, ptr %103, align 64
  %1496 = getelementptr i8, ptr %24, i64 %691
  %1497 = load <16 x float>, ptr %1496, align 4
  %1498 = shufflevector <16 x float> %exp238, <16 x float> poison, <16 x i32> <i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10>
  %1499 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1498, <16 x float> %1497, <16 x float> %1465)
  store <16 x float> %1499, ptr %bacc158, align 64
  %1500 = shufflevector <16 x float> %exp247, <16 x float> poison, <16 x i32> <i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10>
  %1501 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1500, <16 x float> %1497, <16 x float> %1467)
  store <16 x float> %1501, ptr %83, align 64
  %1502 = shufflevector <16 x float> %exp257, <16 x float> poison, <16 x i32> <i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10>
  %1503 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1502, <16 x float> %1497, <16 x float> %1469)
  store <16 x float> %1503, ptr %91, align 64
  %1504 = shufflevector <16 x float> %exp267, <16 x float> poison, <16 x i32> <i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10>
  %1505 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1504, <16 x float> %1497, <16 x float> %1471)
  store <16 x float> %1505, ptr %99, align 64
  %1506 = getelementptr i8, ptr %1496, i64 64
  %1507 = load <16 x float>, ptr %1506, align 4
  %1508 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1498, <16 x float> %1507, <16 x float> %1474)
  store <16 x float> %1508, ptr %77, align 64
  %1509 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1500, <16 x float> %1507, <16 x float> %1475)
  store <16 x float> %1509, ptr %84, align 64
  %1510 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1502, <16 x float> %1507, <16 x float> %1476)
  store <16 x float> %1510, ptr %92, align 64
  %1511 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1504, <16 x float> %1507, <16 x float> %1477)
  store <16 x float> %1511, ptr %100, align 64
  %1512 = getelementptr i8, ptr %1496, i64 128
  %1513 = load <16 x float>, ptr %1512, align 4
  %1514 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1498, <16 x float> %1513, <16 x float> %1480)
  store <16 x float> %1514, ptr %78, align 64
  %1515 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1500, <16 x float> %1513, <16 x float> %1481)
  store <16 x float> %1515, ptr %85, align 64
  %1516 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1502, <16 x float> %1513, <16 x float> %1482)
  store <16 x float> %1516, ptr %93, align 64
  %1517 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1504, <16 x float> %1513, <16 x float> %1483)
  store <16 x float> %1517, ptr %101, align 64
  %1518 = getelementptr i8, ptr %1496, i64 192
  %1519 = load <16 x float>, ptr %1518, align 4
  %1520 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1498, <16 x float> %1519, <16 x float> %1486)
  store <16 x float> %1520, ptr %79, align 64
  %1521 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1500, <16 x float> %1519, <16 x float> %1487)
  store <16 x float> %1521, ptr %86, align 64
  %1522 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1502, <16 x float> %1519, <16 x float> %1488)
  store <16 x float> %1522, ptr %94, align 64
  %1523 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1504, <16 x float> %1519, <16 x float> %1489)
  store <16 x float> %1523, ptr %102, align 64
  %1524 = getelementptr i8, ptr %1496, i64 256
  %1525 = load <16 x float>, ptr %1524, align 4
  %1526 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1498, <16 x float> %1525, <16 x float> %1492)
  store <16 x float> %1526, ptr %80, align 64
  %1527 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1500, <16 x float> %1525, <16 x float> %1493)
  store <16 x float> %1527, ptr %87, align 64
  %1528 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1502, <16 x float> %1525, <16 x float> %1494)
  store <16 x float> %1528, ptr %95, align 64
  %1529 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1504, <16 x float> %1525, <16 x float> %1495)
  store <16 x float> %1529, ptr %103, align 64
  %1530 = getelementptr i8, ptr %24, i64 %724
  %1531 = load <16 x float>, ptr %1530, align 4
  %1532 = shufflevector <16 x float> %exp238, <16 x float> poison, <16 x i32> <i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11>
  %1533 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1532, <16 x float> %1531, <16 x float> %1499)
  store <16 x float> %1533, ptr %bacc158, align 64
  %1534 = shufflevector <16 x float> %exp247, <16 x float> poison, <16 x i32> <i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11>
  %1535 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1534, <16 x float> %1531, <16 x float> %1501)
  store <16 x float> %1535, ptr %83, align 64
  %1536 = shufflevector <16 x float> %exp257, <16 x float> poison, <16 x i32> <i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11>
  %1537 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1536, <16 x float> %1531, <16 x float> %1503)
  store <16 x float> %1537, ptr %91, align 64
  %1538 = shufflevector <16 x float> %exp267, <16 x float> poison, <16 x i32> <i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11>
  %1539 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1538, <16 x float> %1531, <16 x float> %1505)
  store <16 x float> %1539, ptr %99, align 64
  %1540 = getelementptr i8, ptr %1530, i64 64
  %1541 = load <16 x float>, ptr %1540, align 4
  %1542 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1532, <16 x float> %1541, <16 x float> %1508)
  store <16 x float> %1542, ptr %77, align 64
  %1543 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1534, <16 x float> %1541, <16 x float> %1509)
  store <16 x float> %1543, ptr %84, align 64
  %1544 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1536, <16 x float> %1541, <16 x float> %1510)
  store <16 x float> %1544, ptr %92, align 64
  %1545 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1538, <16 x float> %1541, <16 x float> %1511)
  store <16 x float> %1545, ptr %100, align 64
  %1546 = getelementptr i8, ptr %1530, i64 128
  %1547 = load <16 x float>, ptr %1546, align 4
  %1548 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1532, <16 x float> %1547, <16 x float> %1514)
  store <16 x float> %1548, ptr %78, align 64
  %1549 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1534, <16 x float> %1547, <16 x float> %1515)
  store <16 x float> %1549, ptr %85, align 64
  %1550 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1536, <16 x float> %1547, <16 x float> %1516)
  store <16 x float> %1550, ptr %93, align 64
  %1551 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1538, <16 x float> %1547, <16 x float> %1517)
  store <16 x float> %1551, ptr %101, align 64
  %1552 = getelementptr i8, ptr %1530, i64 192
  %1553 = load <16 x float>, ptr %1552, align 4
  %1554 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1532, <16 x float> %1553, <16 x float> %1520)
  store <16 x float> %1554, ptr %79, align 64
  %1555 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1534, <16 x float> %1553, <16 x float> %1521)
  store <16 x float> %1555, ptr %86, align 64
  %1556 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1536, <16 x float> %1553, <16 x float> %1522)
  store <16 x float> %1556, ptr %94, align 64
  %1557 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1538, <16 x float> %1553, <16 x float> %1523)
  store <16 x float> %1557, ptr %102, align 64
  %1558 = getelementptr i8, ptr %1530, i64 256
  %1559 = load <16 x float>, ptr %1558, align 4
  %1560 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1532, <16 x float> %1559, <16 x float> %1526)
  store <16 x float> %1560, ptr %80, align 64
  %1561 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1534, <16 x float> %1559, <16 x float> %1527)
  store <16 x float> %1561, ptr %87, align 64
  %1562 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1536, <16 x float> %1559, <16 x float> %1528)
  store <16 x float> %1562, ptr %95, align 64
  %1563 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1538, <16 x float> %1559, <16 x float> %1529)
  store <16 x float> %1563, ptr %103, align 64
  %1564 = getelementptr i8, ptr %24, i64 %781
  %1565 = load <16 x float>, ptr %1564, align 4
  %1566 = shufflevector <16 x float> %exp238, <16 x float> poison, <16 x i32> <i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12>
  %1567 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1566, <16 x float> %1565, <16 x float> %1533)
  store <16 x float> %1567, ptr %bacc158, align 64
  %1568 = shufflevector <16 x float> %exp247, <16 x float> poison, <16 x i32> <i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12>
  %1569 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1568, <16 x float> %1565, <16 x float> %1535)
  store <16 x float> %1569, ptr %83, align 64
  %1570 = shufflevector <16 x float> %exp257, <16 x float> poison, <16 x i32> <i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12>
  %1571 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1570, <16 x float> %1565, <16 x float> %1537)
  store <16 x float> %1571, ptr %91, align 64
  %1572 = shufflevector <16 x float> %exp267, <16 x float> poison, <16 x i32> <i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12>
  %1573 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1572, <16 x float> %1565, <16 x float> %1539)
  store <16 x float> %1573, ptr %99, align 64
  %1574 = getelementptr i8, ptr %1564, i64 64
  %1575 = load <16 x float>, ptr %1574, align 4
  %1576 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1566, <16 x float> %1575, <16 x float> %1542)
  store <16 x float> %1576, ptr %77, align 64
  %1577 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1568, <16 x float> %1575, <16 x float> %1543)
  store <16 x float> %1577, ptr %84, align 64
  %1578 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1570, <16 x float> %1575, <16 x float> %1544)
  store <16 x float> %1578, ptr %92, align 64
  %1579 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1572, <16 x float> %1575, <16 x float> %1545)
  store <16 x float> %1579, ptr %100, align 64
  %1580 = getelementptr i8, ptr %1564, i64 128
  %1581 = load <16 x float>, ptr %1580, align 4
  %1582 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1566, <16 x float> %1581, <16 x float> %1548)
  store <16 x float> %1582, ptr %78, align 64
  %1583 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1568, <16 x float> %1581, <16 x float> %1549)
  store <16 x float> %1583, ptr %85, align 64
  %1584 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1570, <16 x float> %1581, <16 x float> %1550)
  store <16 x float> %1584, ptr %93, align 64
  %1585 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1572, <16 x float> %1581, <16 x float> %1551)
  store <16 x float> %1585, ptr %101, align 64
  %1586 = getelementptr i8, ptr %1564, i64 192
  %1587 = load <16 x float>, ptr %1586, align 4
  %1588 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1566, <16 x float> %1587, <16 x float> %1554)
  store <16 x float> %1588, ptr %79, align 64
  %1589 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1568, <16 x float> %1587, <16 x float> %1555)
  store <16 x float> %1589, ptr %86, align 64
  %1590 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1570, <16 x float> %1587, <16 x float> %1556)
  store <16 x float> %1590, ptr %94, align 64
  %1591 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1572, <16 x float> %1587, <16 x float> %1557)
  store <16 x float> %1591, ptr %102, align 64
  %1592 = getelementptr i8, ptr %1564, i64 256
  %1593 = load <16 x float>, ptr %1592, align 4
  %1594 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1566, <16 x float> %1593, <16 x float> %1560)
  store <16 x float> %1594, ptr %80, align 64
  %1595 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1568, <16 x float> %1593, <16 x float> %1561)
  store <16 x float> %1595, ptr %87, align 64
  %1596 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1570, <16 x float> %1593, <16 x float> %1562)
  store <16 x float> %1596, ptr %95, align 64
  %1597 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1572, <16 x float> %1593, <16 x float> %1563)
  store <16 x float> %1597, ptr %103, align 64
  %1598 = getelementptr i8, ptr %24, i64 %814
  %1599 = load <16 x float>, ptr %1598, align 4
  %1600 = shufflevector <16 x float> %exp238, <16 x float> poison, <16 x i32> <i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13>
  %1601 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1600, <16 x float> %1599, <16 x float> %1567)
  store <16 x float> %1601, ptr %bacc158, align 64
  %1602 = shufflevector <16 x float> %exp247, <16 x float> poison, <16 x i32> <i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13>
  %1603 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1602, <16 x float> %1599, <16 x float> %1569)
  store <16 x float> %1603, ptr %83, align 64
  %1604 = shufflevector <16 x float> %exp257, <16 x float> poison, <16 x i32> <i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13>
  %1605 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1604, <16 x float> %1599, <16 x float> %1571)
  store <16 x float> %1605, ptr %91, align 64
  %1606 = shufflevector <16 x float> %exp267, <16 x float> poison, <16 x i32> <i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13>
  %1607 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1606, <16 x float> %1599, <16 x float> %1573)
  store <16 x float> %1607, ptr %99, align 64
  %1608 = getelementptr i8, ptr %1598, i64 64
  %1609 = load <16 x float>, ptr %1608, align 4
  %1610 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1600, <16 x float> %1609, <16 x float> %1576)
  store <16 x float> %1610, ptr %77, align 64
  %1611 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1602, <16 x float> %1609, <16 x float> %1577)
  store <16 x float> %1611, ptr %84, align 64
  %1612 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1604, <16 x float> %1609, <16 x float> %1578)
  store <16 x float> %1612, ptr %92, align 64
  %1613 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1606, <16 x float> %1609, <16 x float> %1579)
  store <16 x float> %1613, ptr %100, align 64
  %1614 = getelementptr i8, ptr %1598, i64 128
  %1615 = load <16 x float>, ptr %1614, align 4
  %1616 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1600, <16 x float> %1615, <16 x float> %1582)
  store <16 x float> %1616, ptr %78, align 64
  %1617 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1602, <16 x float> %1615, <16 x float> %1583)
  store <16 x float> %1617, ptr %85, align 64
  %1618 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1604, <16 x float> %1615, <16 x float> %1584)
  store <16 x float> %1618, ptr %93, align 64
  %1619 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1606, <16 x float> %1615, <16 x float> %1585)
  store <16 x float> %1619, ptr %101, align 64
  %1620 = getelementptr i8, ptr %1598, i64 192
  %1621 = load <16 x float>, ptr %1620, align 4
  %1622 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1600, <16 x float> %1621, <16 x float> %1588)
  store <16 x float> %1622, ptr %79, align 64
  %1623 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1602, <16 x float> %1621, <16 x float> %1589)
  store <16 x float> %1623, ptr %86, align 64
  %1624 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1604, <16 x float> %1621, <16 x float> %1590)
  store <16 x float> %1624, ptr %94, align 64
  %1625 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1606, <16 x float> %1621, <16 x float> %1591)
  store <16 x float> %1625, ptr %102, align 64
  %1626 = getelementptr i8, ptr %1598, i64 256
  %1627 = load <16 x float>, ptr %1626, align 4
  %1628 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1600, <16 x float> %1627, <16 x float> %1594)
  store <16 x float> %1628, ptr %80, align 64
  %1629 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1602, <16 x float> %1627, <16 x float> %1595)
  store <16 x float> %1629, ptr %87, align 64
  %1630 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1604, <16 x float> %1627, <16 x float> %1596)
  store <16 x float> %1630, ptr %95, align 64
  %1631 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1606, <16 x float> %1627, <16 x float> %1597)
  store <16 x float> %1631, ptr %103, align 64
  %1632 = getelementptr i8, ptr %24, i64 %859
  %1633 = load <16 x float>, ptr %1632, align 4
  %1634 = shufflevector <16 x float> %exp238, <16 x float> poison, <16 x i32> <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %1635 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1634, <16 x float> %1633, <16 x float> %1601)
  store <16 x float> %1635, ptr %bacc158, align 64
  %1636 = shufflevector <16 x float> %exp247, <16 x float> poison, <16 x i32> <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %1637 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1636, <16 x float> %1633, <16 x float> %1603)
  store <16 x float> %1637, ptr %83, align 64
  %1638 = shufflevector <16 x float> %exp257, <16 x float> poison, <16 x i32> <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %1639 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1638, <16 x float> %1633, <16 x float> %1605)
  store <16 x float> %1639, ptr %91, align 64
  %1640 = shufflevector <16 x float> %exp267, <16 x float> poison, <16 x i32> <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %1641 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1640, <16 x float> %1633, <16 x float> %1607)
  store <16 x float> %1641, ptr %99, align 64
  %1642 = getelementptr i8, ptr %1632, i64 64
  %1643 = load <16 x float>, ptr %1642, align 4
  %1644 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1634, <16 x float> %1643, <16 x float> %1610)
  store <16 x float> %1644, ptr %77, align 64
  %1645 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1636, <16 x float> %1643, <16 x float> %1611)
  store <16 x float> %1645, ptr %84, align 64
  %1646 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1638, <16 x float> %1643, <16 x float> %1612)
  store <16 x float> %1646, ptr %92, align 64
  %1647 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1640, <16 x float> %1643, <16 x float> %1613)
  store <16 x float> %1647, ptr %100, align 64
  %1648 = getelementptr i8, ptr %1632, i64 128
  %1649 = load <16 x float>, ptr %1648, align 4
  %1650 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1634, <16 x float> %1649, <16 x float> %1616)
  store <16 x float> %1650, ptr %78, align 64
  %1651 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1636, <16 x float> %1649, <16 x float> %1617)
  store <16 x float> %1651, ptr %85, align 64
  %1652 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1638, <16 x float> %1649, <16 x float> %1618)
  store <16 x float> %1652, ptr %93, align 64
  %1653 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1640, <16 x float> %1649, <16 x float> %1619)
  store <16 x float> %1653, ptr %101, align 64
  %1654 = getelementptr i8, ptr %1632, i64 192
  %1655 = load <16 x float>, ptr %1654, align 4
  %1656 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1634, <16 x float> %1655, <16 x float> %1622)
  store <16 x float> %1656, ptr %79, align 64
  %1657 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1636, <16 x float> %1655, <16 x float> %1623)
  store <16 x float> %1657, ptr %86, align 64
  %1658 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1638, <16 x float> %1655, <16 x float> %1624)
  store <16 x float> %1658, ptr %94, align 64
  %1659 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1640, <16 x float> %1655, <16 x float> %1625)
  store <16 x float> %1659, ptr %102, align 64
  %1660 = getelementptr i8, ptr %1632, i64 256
  %1661 = load <16 x float>, ptr %1660, align 4
  %1662 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1634, <16 x float> %1661, <16 x float> %1628)
  store <16 x float> %1662, ptr %80, align 64
  %1663 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1636, <16 x float> %1661, <16 x float> %1629)
  store <16 x float> %1663, ptr %87, align 64
  %1664 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1638, <16 x float> %1661, <16 x float> %1630)
  store <16 x float> %1664, ptr %95, align 64
  %1665 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1640, <16 x float> %1661, <16 x float> %1631)
  store <16 x float> %1665, ptr %103, align 64
  %1666 = getelementptr i8, ptr %24, i64 %892
  %1667 = load <16 x float>, ptr %1666, align 4
  %1668 = shufflevector <16 x float> %exp238, <16 x float> poison, <16 x i32> <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %1669 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1668, <16 x float> %1667, <16 x float> %1635)
  store <16 x float> %1669, ptr %bacc158, align 64
  %1670 = shufflevector <16 x float> %exp247, <16 x float> poison, <16 x i32> <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %1671 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1670, <16 x float> %1667, <16 x float> %1637)
  store <16 x float> %1671, ptr %83, align 64
  %1672 = shufflevector <16 x float> %exp257, <16 x float> poison, <16 x i32> <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %1673 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1672, <16 x float> %1667, <16 x float> %1639)
  store <16 x float> %1673, ptr %91, align 64
  %1674 = shufflevector <16 x float> %exp267, <16 x float> poison, <16 x i32> <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %1675 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1674, <16 x float> %1667, <16 x float> %1641)
  store <16 x float> %1675, ptr %99, align 64
  %1676 = getelementptr i8, ptr %1666, i64 64
  %1677 = load <16 x float>, ptr %1676, align 4
  %1678 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1668, <16 x float> %1677, <16 x float> %1644)
  store <16 x float> %1678, ptr %77, align 64
  %1679 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1670, <16 x float> %1677, <16 x float> %1645)
  store <16 x float> %1679, ptr %84, align 64
  %1680 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1672, <16 x float> %1677, <16 x float> %1646)
  store <16 x float> %1680, ptr %92, align 64
  %1681 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1674, <16 x float> %1677, <16 x float> %1647)
  store <16 x float> %1681, ptr %100, align 64
  %1682 = getelementptr i8, ptr %1666, i64 128
  %1683 = load <16 x float>, ptr %1682, align 4
  %1684 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1668, <16 x float> %1683, <16 x float> %1650)
  store <16 x float> %1684, ptr %78, align 64
  %1685 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1670, <16 x float> %1683, <16 x float> %1651)
  store <16 x float> %1685, ptr %85, align 64
  %1686 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1672, <16 x float> %1683, <16 x float> %1652)
  store <16 x float> %1686, ptr %93, align 64
  %1687 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1674, <16 x float> %1683, <16 x float> %1653)
  store <16 x float> %1687, ptr %101, align 64
  %1688 = getelementptr i8, ptr %1666, i64 192
  %1689 = load <16 x float>, ptr %1688, align 4
  %1690 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1668, <16 x float> %1689, <16 x float> %1656)
  store <16 x float> %1690, ptr %79, align 64
  %1691 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1670, <16 x float> %1689, <16 x float> %1657)
  store <16 x float> %1691, ptr %86, align 64
  %1692 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1672, <16 x float> %1689, <16 x float> %1658)
  store <16 x float> %1692, ptr %94, align 64
  %1693 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1674, <16 x float> %1689, <16 x float> %1659)
  store <16 x float> %1693, ptr %102, align 64
  %1694 = getelementptr i8, ptr %1666, i64 256
  %1695 = load <16 x float>, ptr %1694, align 4
  %1696 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1668, <16 x float> %1695, <16 x float> %1662)
  store <16 x float> %1696, ptr %80, align 64
  %1697 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1670, <16 x float> %1695, <16 x float> %1663)
  store <16 x float> %1697, ptr %87, align 64
  %1698 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1672, <16 x float> %1695, <16 x float> %1664)
  store <16 x float> %1698, ptr %95, align 64
  %1699 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1674, <16 x float> %1695, <16 x float> %1665)
  store <16 x float> %1699, ptr %103, align 64
  %1700 = add nsw i32 %kfull13, 16
  br label %kfull

kmask:                                            ; preds = %kfull, %body69
  %1701 = phi <16 x float> [ %3190, %body69 ], [ %253, %kfull ]
  %1702 = phi <16 x float> [ %3184, %body69 ], [ %254, %kfull ]
  %1703 = phi <16 x float> [ %3178, %body69 ], [ %255, %kfull ]
  %1704 = phi <16 x float> [ %3172, %body69 ], [ %256, %kfull ]
  %1705 = phi <16 x float> [ %3166, %body69 ], [ %257, %kfull ]
  %1706 = phi <16 x float> [ %3189, %body69 ], [ %258, %kfull ]
  %1707 = phi <16 x float> [ %3183, %body69 ], [ %259, %kfull ]
  %1708 = phi <16 x float> [ %3177, %body69 ], [ %260, %kfull ]
  %1709 = phi <16 x float> [ %3171, %body69 ], [ %261, %kfull ]
  %1710 = phi <16 x float> [ %3164, %body69 ], [ %262, %kfull ]
  %kmask72 = phi i32 [ %3191, %body69 ], [ %129, %kfull ]
  %1711 = icmp slt i32 %kmask72, %124
  br i1 %1711, label %body69, label %exit71

body69:                                           ; preds = %kmask
  %q73 = load <16 x float>, ptr %232, align 64
  %q74 = load <16 x float>, ptr %233, align 64
  %q75 = load <16 x float>, ptr %234, align 64
  %q76 = load <16 x float>, ptr %235, align 64
  %q77 = load <16 x float>, ptr %236, align 64
  %q78 = load <16 x float>, ptr %237, align 64
  %q79 = load <16 x float>, ptr %238, align 64
  %q80 = load <16 x float>, ptr %239, align 64
  %q81 = load <16 x float>, ptr %240, align 64
  %q82 = load <16 x float>, ptr %241, align 64
  %q83 = load <16 x float>, ptr %242, align 64
  %q84 = load <16 x float>, ptr %243, align 64
  %q85 = load <16 x float>, ptr %244, align 64
  %q86 = load <16 x float>, ptr %245, align 64
  %q87 = load <16 x float>, ptr %246, align 64
  %q88 = load <16 x float>, ptr %247, align 64
  %q89 = load <16 x float>, ptr %248, align 64
  %q90 = load <16 x float>, ptr %249, align 64
  %q91 = load <16 x float>, ptr %250, align 64
  %q92 = load <16 x float>, ptr %251, align 64
  %1712 = call i32 @llvm.smin.i32(i32 %kmask72, i32 %105)
  %1713 = sext i32 %1712 to i64
  %1714 = mul nsw i64 %1713, 10240
  %1715 = getelementptr i8, ptr %22, i64 %1714
  %1716 = load <16 x float>, ptr %1715, align 4
  %1717 = getelementptr i8, ptr %1715, i64 64
  %1718 = load <16 x float>, ptr %1717, align 4
  %1719 = getelementptr i8, ptr %1715, i64 128
  %1720 = load <16 x float>, ptr %1719, align 4
  %1721 = getelementptr i8, ptr %1715, i64 192
  %1722 = load <16 x float>, ptr %1721, align 4
  %1723 = getelementptr i8, ptr %1715, i64 256
  %1724 = load <16 x float>, ptr %1723, align 4
  %1725 = fmul <16 x float> %q73, %1716
  %1726 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %1718, <16 x float> %1725)
  %1727 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q75, <16 x float> %1720, <16 x float> %1726)
  %1728 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q76, <16 x float> %1722, <16 x float> %1727)
  %1729 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q77, <16 x float> %1724, <16 x float> %1728)
  %1730 = fmul <16 x float> %q78, %1716
  %1731 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q79, <16 x float> %1718, <16 x float> %1730)
  %1732 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q80, <16 x float> %1720, <16 x float> %1731)
  %1733 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q81, <16 x float> %1722, <16 x float> %1732)
  %1734 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q82, <16 x float> %1724, <16 x float> %1733)
  %1735 = fmul <16 x float> %q83, %1716
  %1736 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q84, <16 x float> %1718, <16 x float> %1735)
  %1737 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q85, <16 x float> %1720, <16 x float> %1736)
  %1738 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q86, <16 x float> %1722, <16 x float> %1737)
  %1739 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q87, <16 x float> %1724, <16 x float> %1738)
  %1740 = fmul <16 x float> %q88, %1716
  %1741 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q89, <16 x float> %1718, <16 x float> %1740)
  %1742 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q90, <16 x float> %1720, <16 x float> %1741)
  %1743 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q91, <16 x float> %1722, <16 x float> %1742)
  %1744 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q92, <16 x float> %1724, <16 x float> %1743)
  %1745 = add i32 %kmask72, 1
  %1746 = call i32 @llvm.smin.i32(i32 %1745, i32 %105)
  %1747 = sext i32 %1746 to i64
  %1748 = mul nsw i64 %1747, 10240
  %1749 = getelementptr i8, ptr %22, i64 %1748
  %1750 = load <16 x float>, ptr %1749, align 4
  %1751 = getelementptr i8, ptr %1749, i64 64
  %1752 = load <16 x float>, ptr %1751, align 4
  %1753 = getelementptr i8, ptr %1749, i64 128
  %1754 = load <16 x float>, ptr %1753, align 4
  %1755 = getelementptr i8, ptr %1749, i64 192
  %1756 = load <16 x float>, ptr %1755, align 4
  %1757 = getelementptr i8, ptr %1749, i64 256
  %1758 = load <16 x float>, ptr %1757, align 4
  %1759 = fmul <16 x float> %q73, %1750
  %1760 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %1752, <16 x float> %1759)
  %1761 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q75, <16 x float> %1754, <16 x float> %1760)
  %1762 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q76, <16 x float> %1756, <16 x float> %1761)
  %1763 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q77, <16 x float> %1758, <16 x float> %1762)
  %1764 = shufflevector <16 x float> %1729, <16 x float> %1763, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1765 = shufflevector <16 x float> %1729, <16 x float> %1763, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1766 = fadd <16 x float> %1764, %1765
  %1767 = fmul <16 x float> %q78, %1750
  %1768 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q79, <16 x float> %1752, <16 x float> %1767)
  %1769 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q80, <16 x float> %1754, <16 x float> %1768)
  %1770 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q81, <16 x float> %1756, <16 x float> %1769)
  %1771 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q82, <16 x float> %1758, <16 x float> %1770)
  %1772 = shufflevector <16 x float> %1734, <16 x float> %1771, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1773 = shufflevector <16 x float> %1734, <16 x float> %1771, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1774 = fadd <16 x float> %1772, %1773
  %1775 = fmul <16 x float> %q83, %1750
  %1776 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q84, <16 x float> %1752, <16 x float> %1775)
  %1777 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q85, <16 x float> %1754, <16 x float> %1776)
  %1778 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q86, <16 x float> %1756, <16 x float> %1777)
  %1779 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q87, <16 x float> %1758, <16 x float> %1778)
  %1780 = shufflevector <16 x float> %1739, <16 x float> %1779, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1781 = shufflevector <16 x float> %1739, <16 x float> %1779, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1782 = fadd <16 x float> %1780, %1781
  %1783 = fmul <16 x float> %q88, %1750
  %1784 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q89, <16 x float> %1752, <16 x float> %1783)
  %1785 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q90, <16 x float> %1754, <16 x float> %1784)
  %1786 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q91, <16 x float> %1756, <16 x float> %1785)
  %1787 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q92, <16 x float> %1758, <16 x float> %1786)
  %1788 = shufflevector <16 x float> %1744, <16 x float> %1787, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1789 = shufflevector <16 x float> %1744, <16 x float> %1787, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1790 = fadd <16 x float> %1788, %1789
  %1791 = add i32 %kmask72, 2
  %1792 = call i32 @llvm.smin.i32(i32 %1791, i32 %105)
  %1793 = sext i32 %1792 to i64
  %1794 = mul nsw i64 %1793, 10240
  %1795 = getelementptr i8, ptr %22, i64 %1794
  %1796 = load <16 x float>, ptr %1795, align 4
  %1797 = getelementptr i8, ptr %1795, i64 64
  %1798 = load <16 x float>, ptr %1797, align 4
  %1799 = getelementptr i8, ptr %1795, i64 128
  %1800 = load <16 x float>, ptr %1799, align 4
  %1801 = getelementptr i8, ptr %1795, i64 192
  %1802 = load <16 x float>, ptr %1801, align 4
  %1803 = getelementptr i8, ptr %1795, i64 256
  %1804 = load <16 x float>, ptr %1803, align 4
  %1805 = fmul <16 x float> %q73, %1796
  %1806 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %1798, <16 x float> %1805)
  %1807 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q75, <16 x float> %1800, <16 x float> %1806)
  %1808 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q76, <16 x float> %1802, <16 x float> %1807)
  %1809 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q77, <16 x float> %1804, <16 x float> %1808)
  %1810 = fmul <16 x float> %q78, %1796
  %1811 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q79, <16 x float> %1798, <16 x float> %1810)
  %1812 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q80, <16 x float> %1800, <16 x float> %1811)
  %1813 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q81, <16 x float> %1802, <16 x float> %1812)
  %1814 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q82, <16 x float> %1804, <16 x float> %1813)
  %1815 = fmul <16 x float> %q83, %1796
  %1816 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q84, <16 x float> %1798, <16 x float> %1815)
  %1817 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q85, <16 x float> %1800, <16 x float> %1816)
  %1818 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q86, <16 x float> %1802, <16 x float> %1817)
  %1819 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q87, <16 x float> %1804, <16 x float> %1818)
  %1820 = fmul <16 x float> %q88, %1796
  %1821 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q89, <16 x float> %1798, <16 x float> %1820)
  %1822 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q90, <16 x float> %1800, <16 x float> %1821)
  %1823 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q91, <16 x float> %1802, <16 x float> %1822)
  %1824 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q92, <16 x float> %1804, <16 x float> %1823)
  %1825 = add i32 %kmask72, 3
  %1826 = call i32 @llvm.smin.i32(i32 %1825, i32 %105)
  %1827 = sext i32 %1826 to i64
  %1828 = mul nsw i64 %1827, 10240
  %1829 = getelementptr i8, ptr %22, i64 %1828
  %1830 = load <16 x float>, ptr %1829, align 4
  %1831 = getelementptr i8, ptr %1829, i64 64
  %1832 = load <16 x float>, ptr %1831, align 4
  %1833 = getelementptr i8, ptr %1829, i64 128
  %1834 = load <16 x float>, ptr %1833, align 4
  %1835 = getelementptr i8, ptr %1829, i64 192
  %1836 = load <16 x float>, ptr %1835, align 4
  %1837 = getelementptr i8, ptr %1829, i64 256
  %1838 = load <16 x float>, ptr %1837, align 4
  %1839 = fmul <16 x float> %q73, %1830
  %1840 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %1832, <16 x float> %1839)
  %1841 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q75, <16 x float> %1834, <16 x float> %1840)
  %1842 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q76, <16 x float> %1836, <16 x float> %1841)
  %1843 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q77, <16 x float> %1838, <16 x float> %1842)
  %1844 = shufflevector <16 x float> %1809, <16 x float> %1843, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1845 = shufflevector <16 x float> %1809, <16 x float> %1843, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1846 = fadd <16 x float> %1844, %1845
  %1847 = shufflevector <16 x float> %1766, <16 x float> %1846, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %1848 = shufflevector <16 x float> %1766, <16 x float> %1846, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %1849 = fadd <16 x float> %1847, %1848
  %1850 = fmul <16 x float> %q78, %1830
  %1851 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q79, <16 x float> %1832, <16 x float> %1850)
  %1852 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q80, <16 x float> %1834, <16 x float> %1851)
  %1853 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q81, <16 x float> %1836, <16 x float> %1852)
  %1854 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q82, <16 x float> %1838, <16 x float> %1853)
  %1855 = shufflevector <16 x float> %1814, <16 x float> %1854, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1856 = shufflevector <16 x float> %1814, <16 x float> %1854, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1857 = fadd <16 x float> %1855, %1856
  %1858 = shufflevector <16 x float> %1774, <16 x float> %1857, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %1859 = shufflevector <16 x float> %1774, <16 x float> %1857, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %1860 = fadd <16 x float> %1858, %1859
  %1861 = fmul <16 x float> %q83, %1830
  %1862 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q84, <16 x float> %1832, <16 x float> %1861)
  %1863 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q85, <16 x float> %1834, <16 x float> %1862)
  %1864 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q86, <16 x float> %1836, <16 x float> %1863)
  %1865 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q87, <16 x float> %1838, <16 x float> %1864)
  %1866 = shufflevector <16 x float> %1819, <16 x float> %1865, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1867 = shufflevector <16 x float> %1819, <16 x float> %1865, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1868 = fadd <16 x float> %1866, %1867
  %1869 = shufflevector <16 x float> %1782, <16 x float> %1868, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %1870 = shufflevector <16 x float> %1782, <16 x float> %1868, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %1871 = fadd <16 x float> %1869, %1870
  %1872 = fmul <16 x float> %q88, %1830
  %1873 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q89, <16 x float> %1832, <16 x float> %1872)
  %1874 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q90, <16 x float> %1834, <16 x float> %1873)
  %1875 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q91, <16 x float> %1836, <16 x float> %1874)
  %1876 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q92, <16 x float> %1838, <16 x float> %1875)
  %1877 = shufflevector <16 x float> %1824, <16 x float> %1876, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1878 = shufflevector <16 x float> %1824, <16 x float> %1876, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1879 = fadd <16 x float> %1877, %1878
  %1880 = shufflevector <16 x float> %1790, <16 x float> %1879, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %1881 = shufflevector <16 x float> %1790, <16 x float> %1879, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %1882 = fadd <16 x float> %1880, %1881
  %1883 = add i32 %kmask72, 4
  %1884 = call i32 @llvm.smin.i32(i32 %1883, i32 %105)
  %1885 = sext i32 %1884 to i64
  %1886 = mul nsw i64 %1885, 10240
  %1887 = getelementptr i8, ptr %22, i64 %1886
  %1888 = load <16 x float>, ptr %1887, align 4
  %1889 = getelementptr i8, ptr %1887, i64 64
  %1890 = load <16 x float>, ptr %1889, align 4
  %1891 = getelementptr i8, ptr %1887, i64 128
  %1892 = load <16 x float>, ptr %1891, align 4
  %1893 = getelementptr i8, ptr %1887, i64 192
  %1894 = load <16 x float>, ptr %1893, align 4
  %1895 = getelementptr i8, ptr %1887, i64 256
  %1896 = load <16 x float>, ptr %1895, align 4
  %1897 = fmul <16 x float> %q73, %1888
  %1898 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %1890, <16 x float> %1897)
  %1899 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q75, <16 x float> %1892, <16 x float> %1898)
  %1900 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q76, <16 x float> %1894, <16 x float> %1899)
  %1901 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q77, <16 x float> %1896, <16 x float> %1900)
  %1902 = fmul <16 x float> %q78, %1888
  %1903 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q79, <16 x float> %1890, <16 x float> %1902)
  %1904 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q80, <16 x float> %1892, <16 x float> %1903)
  %1905 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q81, <16 x float> %1894, <16 x float> %1904)
  %1906 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q82, <16 x float> %1896, <16 x float> %1905)
  %1907 = fmul <16 x float> %q83, %1888
  %1908 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q84, <16 x float> %1890, <16 x float> %1907)
  %1909 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q85, <16 x float> %1892, <16 x float> %1908)
  %1910 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q86, <16 x float> %1894, <16 x float> %1909)
  %1911 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q87, <16 x float> %1896, <16 x float> %1910)
  %1912 = fmul <16 x float> %q88, %1888
  %1913 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q89, <16 x float> %1890, <16 x float> %1912)
  %1914 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q90, <16 x float> %1892, <16 x float> %1913)
  %1915 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q91, <16 x float> %1894, <16 x float> %1914)
  %1916 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q92, <16 x float> %1896, <16 x float> %1915)
  %1917 = add i32 %kmask72, 5
  %1918 = call i32 @llvm.smin.i32(i32 %1917, i32 %105)
  %1919 = sext i32 %1918 to i64
  %1920 = mul nsw i64 %1919, 10240
  %1921 = getelementptr i8, ptr %22, i64 %1920
  %1922 = load <16 x float>, ptr %1921, align 4
  %1923 = getelementptr i8, ptr %1921, i64 64
  %1924 = load <16 x float>, ptr %1923, align 4
  %1925 = getelementptr i8, ptr %1921, i64 128
  %1926 = load <16 x float>, ptr %1925, align 4
  %1927 = getelementptr i8, ptr %1921, i64 192
  %1928 = load <16 x float>, ptr %1927, align 4
  %1929 = getelementptr i8, ptr %1921, i64 256
  %1930 = load <16 x float>, ptr %1929, align 4
  %1931 = fmul <16 x float> %q73, %1922
  %1932 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %1924, <16 x float> %1931)
  %1933 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q75, <16 x float> %1926, <16 x float> %1932)
  %1934 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q76, <16 x float> %1928, <16 x float> %1933)
  %1935 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q77, <16 x float> %1930, <16 x float> %1934)
  %1936 = shufflevector <16 x float> %1901, <16 x float> %1935, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1937 = shufflevector <16 x float> %1901, <16 x float> %1935, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1938 = fadd <16 x float> %1936, %1937
  %1939 = fmul <16 x float> %q78, %1922
  %1940 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q79, <16 x float> %1924, <16 x float> %1939)
  %1941 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q80, <16 x float> %1926, <16 x float> %1940)
  %1942 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q81, <16 x float> %1928, <16 x float> %1941)
  %1943 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q82, <16 x float> %1930, <16 x float> %1942)
  %1944 = shufflevector <16 x float> %1906, <16 x float> %1943, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1945 = shufflevector <16 x float> %1906, <16 x float> %1943, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1946 = fadd <16 x float> %1944, %1945
  %1947 = fmul <16 x float> %q83, %1922
  %1948 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q84, <16 x float> %1924, <16 x float> %1947)
  %1949 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q85, <16 x float> %1926, <16 x float> %1948)
  %1950 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q86, <16 x float> %1928, <16 x float> %1949)
  %1951 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q87, <16 x float> %1930, <16 x float> %1950)
  %1952 = shufflevector <16 x float> %1911, <16 x float> %1951, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1953 = shufflevector <16 x float> %1911, <16 x float> %1951, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1954 = fadd <16 x float> %1952, %1953
  %1955 = fmul <16 x float> %q88, %1922
  %1956 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q89, <16 x float> %1924, <16 x float> %1955)
  %1957 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q90, <16 x float> %1926, <16 x float> %1956)
  %1958 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q91, <16 x float> %1928, <16 x float> %1957)
  %1959 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q92, <16 x float> %1930, <16 x float> %1958)
  %1960 = shufflevector <16 x float> %1916, <16 x float> %1959, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1961 = shufflevector <16 x float> %1916, <16 x float> %1959, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1962 = fadd <16 x float> %1960, %1961
  %1963 = add i32 %kmask72, 6
  %1964 = call i32 @llvm.smin.i32(i32 %1963, i32 %105)
  %1965 = sext i32 %1964 to i64
  %1966 = mul nsw i64 %1965, 10240
  %1967 = getelementptr i8, ptr %22, i64 %1966
  %1968 = load <16 x float>, ptr %1967, align 4
  %1969 = getelementptr i8, ptr %1967, i64 64
  %1970 = load <16 x float>, ptr %1969, align 4
  %1971 = getelementptr i8, ptr %1967, i64 128
  %1972 = load <16 x float>, ptr %1971, align 4
  %1973 = getelementptr i8, ptr %1967, i64 192
  %1974 = load <16 x float>, ptr %1973, align 4
  %1975 = getelementptr i8, ptr %1967, i64 256
  %1976 = load <16 x float>, ptr %1975, align 4
  %1977 = fmul <16 x float> %q73, %1968
  %1978 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %1970, <16 x float> %1977)
  %1979 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q75, <16 x float> %1972, <16 x float> %1978)
  %1980 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q76, <16 x float> %1974, <16 x float> %1979)
  %1981 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q77, <16 x float> %1976, <16 x float> %1980)
  %1982 = fmul <16 x float> %q78, %1968
  %1983 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q79, <16 x float> %1970, <16 x float> %1982)
  %1984 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q80, <16 x float> %1972, <16 x float> %1983)
  %1985 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q81, <16 x float> %1974, <16 x float> %1984)
  %1986 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q82, <16 x float> %1976, <16 x float> %1985)
  %1987 = fmul <16 x float> %q83, %1968
  %1988 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q84, <16 x float> %1970, <16 x float> %1987)
  %1989 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q85, <16 x float> %1972, <16 x float> %1988)
  %1990 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q86, <16 x float> %1974, <16 x float> %1989)
  %1991 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q87, <16 x float> %1976, <16 x float> %1990)
  %1992 = fmul <16 x float> %q88, %1968
  %1993 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q89, <16 x float> %1970, <16 x float> %1992)
  %1994 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q90, <16 x float> %1972, <16 x float> %1993)
  %1995 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q91, <16 x float> %1974, <16 x float> %1994)
  %1996 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q92, <16 x float> %1976, <16 x float> %1995)
  %1997 = add i32 %kmask72, 7
  %1998 = call i32 @llvm.smin.i32(i32 %1997, i32 %105)
  %1999 = sext i32 %1998 to i64
  %2000 = mul nsw i64 %1999, 10240
  %2001 = getelementptr i8, ptr %22, i64 %2000
  %2002 = load <16 x float>, ptr %2001, align 4
  %2003 = getelementptr i8, ptr %2001, i64 64
  %2004 = load <16 x float>, ptr %2003, align 4
  %2005 = getelementptr i8, ptr %2001, i64 128
  %2006 = load <16 x float>, ptr %2005, align 4
  %2007 = getelementptr i8, ptr %2001, i64 192
  %2008 = load <16 x float>, ptr %2007, align 4
  %2009 = getelementptr i8, ptr %2001, i64 256
  %2010 = load <16 x float>, ptr %2009, align 4
  %2011 = fmul <16 x float> %q73, %2002
  %2012 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %2004, <16 x float> %2011)
  %2013 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q75, <16 x float> %2006, <16 x float> %2012)
  %2014 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q76, <16 x float> %2008, <16 x float> %2013)
  %2015 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q77, <16 x float> %2010, <16 x float> %2014)
  %2016 = shufflevector <16 x float> %1981, <16 x float> %2015, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2017 = shufflevector <16 x float> %1981, <16 x float> %2015, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2018 = fadd <16 x float> %2016, %2017
  %2019 = shufflevector <16 x float> %1938, <16 x float> %2018, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2020 = shufflevector <16 x float> %1938, <16 x float> %2018, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2021 = fadd <16 x float> %2019, %2020
  %2022 = shufflevector <16 x float> %1849, <16 x float> %2021, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %2023 = shufflevector <16 x float> %1849, <16 x float> %2021, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %2024 = fadd <16 x float> %2022, %2023
  %2025 = fmul <16 x float> %q78, %2002
  %2026 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q79, <16 x float> %2004, <16 x float> %2025)
  %2027 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q80, <16 x float> %2006, <16 x float> %2026)
  %2028 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q81, <16 x float> %2008, <16 x float> %2027)
  %2029 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q82, <16 x float> %2010, <16 x float> %2028)
  %2030 = shufflevector <16 x float> %1986, <16 x float> %2029, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2031 = shufflevector <16 x float> %1986, <16 x float> %2029, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2032 = fadd <16 x float> %2030, %2031
  %2033 = shufflevector <16 x float> %1946, <16 x float> %2032, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2034 = shufflevector <16 x float> %1946, <16 x float> %2032, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2035 = fadd <16 x float> %2033, %2034
  %2036 = shufflevector <16 x float> %1860, <16 x float> %2035, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %2037 = shufflevector <16 x float> %1860, <16 x float> %2035, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %2038 = fadd <16 x float> %2036, %2037
  %2039 = fmul <16 x float> %q83, %2002
  %2040 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q84, <16 x float> %2004, <16 x float> %2039)
  %2041 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q85, <16 x float> %2006, <16 x float> %2040)
  %2042 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q86, <16 x float> %2008, <16 x float> %2041)
  %2043 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q87, <16 x float> %2010, <16 x float> %2042)
  %2044 = shufflevector <16 x float> %1991, <16 x float> %2043, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2045 = shufflevector <16 x float> %1991, <16 x float> %2043, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2046 = fadd <16 x float> %2044, %2045
  %2047 = shufflevector <16 x float> %1954, <16 x float> %2046, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2048 = shufflevector <16 x float> %1954, <16 x float> %2046, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2049 = fadd <16 x float> %2047, %2048
  %2050 = shufflevector <16 x float> %1871, <16 x float> %2049, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %2051 = shufflevector <16 x float> %1871, <16 x float> %2049, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %2052 = fadd <16 x float> %2050, %2051
  %2053 = fmul <16 x float> %q88, %2002
  %2054 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q89, <16 x float> %2004, <16 x float> %2053)
  %2055 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q90, <16 x float> %2006, <16 x float> %2054)
  %2056 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q91, <16 x float> %2008, <16 x float> %2055)
  %2057 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q92, <16 x float> %2010, <16 x float> %2056)
  %2058 = shufflevector <16 x float> %1996, <16 x float> %2057, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2059 = shufflevector <16 x float> %1996, <16 x float> %2057, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2060 = fadd <16 x float> %2058, %2059
  %2061 = shufflevector <16 x float> %1962, <16 x float> %2060, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2062 = shufflevector <16 x float> %1962, <16 x float> %2060, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2063 = fadd <16 x float> %2061, %2062
  %2064 = shufflevector <16 x float> %1882, <16 x float> %2063, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %2065 = shufflevector <16 x float> %1882, <16 x float> %2063, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %2066 = fadd <16 x float> %2064, %2065
  %2067 = add i32 %kmask72, 8
  %2068 = call i32 @llvm.smin.i32(i32 %2067, i32 %105)
  %2069 = sext i32 %2068 to i64
  %2070 = mul nsw i64 %2069, 10240
  %2071 = getelementptr i8, ptr %22, i64 %2070
  %2072 = load <16 x float>, ptr %2071, align 4
  %2073 = getelementptr i8, ptr %2071, i64 64
  %2074 = load <16 x float>, ptr %2073, align 4
  %2075 = getelementptr i8, ptr %2071, i64 128
  %2076 = load <16 x float>, ptr %2075, align 4
  %2077 = getelementptr i8, ptr %2071, i64 192
  %2078 = load <16 x float>, ptr %2077, align 4
  %2079 = getelementptr i8, ptr %2071, i64 256
  %2080 = load <16 x float>, ptr %2079, align 4
  %2081 = fmul <16 x float> %q73, %2072
  %2082 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %2074, <16 x float> %2081)
  %2083 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q75, <16 x float> %2076, <16 x float> %2082)
  %2084 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q76, <16 x float> %2078, <16 x float> %2083)
  %2085 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q77, <16 x float> %2080, <16 x float> %2084)
  %2086 = fmul <16 x float> %q78, %2072
  %2087 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q79, <16 x float> %2074, <16 x float> %2086)
  %2088 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q80, <16 x float> %2076, <16 x float> %2087)
  %2089 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q81, <16 x float> %2078, <16 x float> %2088)
  %2090 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q82, <16 x float> %2080, <16 x float> %2089)
  %2091 = fmul <16 x float> %q83, %2072
  %2092 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q84, <16 x float> %2074, <16 x float> %2091)
  %2093 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q85, <16 x float> %2076, <16 x float> %2092)
  %2094 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q86, <16 x float> %2078, <16 x float> %2093)
  %2095 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q87, <16 x float> %2080, <16 x float> %2094)
  %2096 = fmul <16 x float> %q88, %2072
  %2097 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q89, <16 x float> %2074, <16 x float> %2096)
  %2098 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q90, <16 x float> %2076, <16 x float> %2097)
  %2099 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q91, <16 x float> %2078, <16 x float> %2098)
  %2100 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q92, <16 x float> %2080, <16 x float> %2099)
  %2101 = add i32 %kmask72, 9
  %2102 = call i32 @llvm.smin.i32(i32 %2101, i32 %105)
  %2103 = sext i32 %2102 to i64
  %2104 = mul nsw i64 %2103, 10240
  %2105 = getelementptr i8, ptr %22, i64 %2104
  %2106 = load <16 x float>, ptr %2105, align 4
  %2107 = getelementptr i8, ptr %2105, i64 64
  %2108 = load <16 x float>, ptr %2107, align 4
  %2109 = getelementptr i8, ptr %2105, i64 128
  %2110 = load <16 x float>, ptr %2109, align 4
  %2111 = getelementptr i8, ptr %2105, i64 192
  %2112 = load <16 x float>, ptr %2111, align 4
  %2113 = getelementptr i8, ptr %2105, i64 256
  %2114 = load <16 x float>, ptr %2113, align 4
  %2115 = fmul <16 x float> %q73, %2106
  %2116 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %2108, <16 x float> %2115)
  %2117 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q75, <16 x float> %2110, <16 x float> %2116)
  %2118 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q76, <16 x float> %2112, <16 x float> %2117)
  %2119 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q77, <16 x float> %2114, <16 x float> %2118)
  %2120 = shufflevector <16 x float> %2085, <16 x float> %2119, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2121 = shufflevector <16 x float> %2085, <16 x float> %2119, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2122 = fadd <16 x float> %2120, %2121
  %2123 = fmul <16 x float> %q78, %2106
  %2124 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q79, <16 x float> %2108, <16 x float> %2123)
  %2125 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q80, <16 x float> %2110, <16 x float> %2124)
  %2126 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q81, <16 x float> %2112, <16 x float> %2125)
  %2127 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q82, <16 x float> %2114, <16 x float> %2126)
  %2128 = shufflevector <16 x float> %2090, <16 x float> %2127, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2129 = shufflevector <16 x float> %2090, <16 x float> %2127, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2130 = fadd <16 x float> %2128, %2129
  %2131 = fmul <16 x float> %q83, %2106
  %2132 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q84, <16 x float> %2108, <16 x float> %2131)
  %2133 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q85, <16 x float> %2110, <16 x float> %2132)
  %2134 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q86, <16 x float> %2112, <16 x float> %2133)
  %2135 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q87, <16 x float> %2114, <16 x float> %2134)
  %2136 = shufflevector <16 x float> %2095, <16 x float> %2135, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2137 = shufflevector <16 x float> %2095, <16 x float> %2135, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2138 = fadd <16 x float> %2136, %2137
  %2139 = fmul <16 x float> %q88, %2106
  %2140 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q89, <16 x float> %2108, <16 x float> %2139)
  %2141 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q90, <16 x float> %2110, <16 x float> %2140)
  %2142 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q91, <16 x float> %2112, <16 x float> %2141)
  %2143 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q92, <16 x float> %2114, <16 x float> %2142)
  %2144 = shufflevector <16 x float> %2100, <16 x float> %2143, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2145 = shufflevector <16 x float> %2100, <16 x float> %2143, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2146 = fadd <16 x float> %2144, %2145
  %2147 = add i32 %kmask72, 10
  %2148 = call i32 @llvm.smin.i32(i32 %2147, i32 %105)
  %2149 = sext i32 %2148 to i64
  %2150 = mul nsw i64 %2149, 10240
  %2151 = getelementptr i8, ptr %22, i64 %2150
  %2152 = load <16 x float>, ptr %2151, align 4
  %2153 = getelementptr i8, ptr %2151, i64 64
  %2154 = load <16 x float>, ptr %2153, align 4
  %2155 = getelementptr i8, ptr %2151, i64 128
  %2156 = load <16 x float>, ptr %2155, align 4
  %2157 = getelementptr i8, ptr %2151, i64 192
  %2158 = load <16 x float>, ptr %2157, align 4
  %2159 = getelementptr i8, ptr %2151, i64 256
  %2160 = load <16 x float>, ptr %2159, align 4
  %2161 = fmul <16 x float> %q73, %2152
  %2162 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %2154, <16 x float> %2161)
  %2163 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q75, <16 x float> %2156, <16 x float> %2162)
  %2164 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q76, <16 x float> %2158, <16 x float> %2163)
  %2165 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q77, <16 x float> %2160, <16 x float> %2164)
  %2166 = fmul <16 x float> %q78, %2152
  %2167 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q79, <16 x float> %2154, <16 x float> %2166)
  %2168 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q80, <16 x float> %2156, <16 x float> %2167)
  %2169 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q81, <16 x float> %2158, <16 x float> %2168)
  %2170 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q82, <16 x float> %2160, <16 x float> %2169)
  %2171 = fmul <16 x float> %q83, %2152
  %2172 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q84, <16 x float> %2154, <16 x float> %2171)
  %2173 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q85, <16 x float> %2156, <16 x float> %2172)
  %2174 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q86, <16 x float> %2158, <16 x float> %2173)
  %2175 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q87, <16 x float> %2160, <16 x float> %2174)
  %2176 = fmul <16 x float> %q88, %2152
  %2177 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q89, <16 x float> %2154, <16 x float> %2176)
  %2178 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q90, <16 x float> %2156, <16 x float> %2177)
  %2179 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q91, <16 x float> %2158, <16 x float> %2178)
  %2180 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q92, <16 x float> %2160, <16 x float> %2179)
  %2181 = add i32 %kmask72, 11
  %2182 = call i32 @llvm.smin.i32(i32 %2181, i32 %105)
  %2183 = sext i32 %2182 to i64
  %2184 = mul nsw i64 %2183, 10240
  %2185 = getelementptr i8, ptr %22, i64 %2184
  %2186 = load <16 x float>, ptr %2185, align 4
  %2187 = getelementptr i8, ptr %2185, i64 64
  %2188 = load <16 x float>, ptr %2187, align 4
  %2189 = getelementptr i8, ptr %2185, i64 128
  %2190 = load <16 x float>, ptr %2189, align 4
  %2191 = getelementptr i8, ptr %2185, i64 192
  %2192 = load <16 x float>, ptr %2191, align 4
  %2193 = getelementptr i8, ptr %2185, i64 256
  %2194 = load <16 x float>, ptr %2193, align 4
  %2195 = fmul <16 x float> %q73, %2186
  %2196 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %2188, <16 x float> %2195)
  %2197 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q75, <16 x float> %2190, <16 x float> %2196)
  %2198 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q76, <16 x float> %2192, <16 x float> %2197)
  %2199 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q77, <16 x float> %2194, <16 x float> %2198)
  %2200 = shufflevector <16 x float> %2165, <16 x float> %2199, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2201 = shufflevector <16 x float> %2165, <16 x float> %2199, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2202 = fadd <16 x float> %2200, %2201
  %2203 = shufflevector <16 x float> %2122, <16 x float> %2202, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2204 = shufflevector <16 x float> %2122, <16 x float> %2202, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2205 = fadd <16 x float> %2203, %2204
  %2206 = fmul <16 x float> %q78, %2186
  %2207 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q79, <16 x float> %2188, <16 x float> %2206)
  %2208 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q80, <16 x float> %2190, <16 x float> %2207)
  %2209 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q81, <16 x float> %2192, <16 x float> %2208)
  %2210 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q82, <16 x float> %2194, <16 x float> %2209)
  %2211 = shufflevector <16 x float> %2170, <16 x float> %2210, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2212 = shufflevector <16 x float> %2170, <16 x float> %2210, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2213 = fadd <16 x float> %2211, %2212
  %2214 = shufflevector <16 x float> %2130, <16 x float> %2213, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2215 = shufflevector <16 x float> %2130, <16 x float> %2213, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2216 = fadd <16 x float> %2214, %2215
  %2217 = fmul <16 x float> %q83, %2186
  %2218 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q84, <16 x float> %2188, <16 x float> %2217)
  %2219 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q85, <16 x float> %2190, <16 x float> %2218)
  %2220 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q86, <16 x float> %2192, <16 x float> %2219)
  %2221 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q87, <16 x float> %2194, <16 x float> %2220)
  %2222 = shufflevector <16 x float> %2175, <16 x float> %2221, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2223 = shufflevector <16 x float> %2175, <16 x float> %2221, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2224 = fadd <16 x float> %2222, %2223
  %2225 = shufflevector <16 x float> %2138, <16 x float> %2224, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2226 = shufflevector <16 x float> %2138, <16 x float> %2224, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2227 = fadd <16 x float> %2225, %2226
  %2228 = fmul <16 x float> %q88, %2186
  %2229 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q89, <16 x float> %2188, <16 x float> %2228)
  %2230 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q90, <16 x float> %2190, <16 x float> %2229)
  %2231 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q91, <16 x float> %2192, <16 x float> %2230)
  %2232 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q92, <16 x float> %2194, <16 x float> %2231)
  %2233 = shufflevector <16 x float> %2180, <16 x float> %2232, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2234 = shufflevector <16 x float> %2180, <16 x float> %2232, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2235 = fadd <16 x float> %2233, %2234
  %2236 = shufflevector <16 x float> %2146, <16 x float> %2235, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2237 = shufflevector <16 x float> %2146, <16 x float> %2235, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2238 = fadd <16 x float> %2236, %2237
  %2239 = add i32 %kmask72, 12
  %2240 = call i32 @llvm.smin.i32(i32 %2239, i32 %105)
  %2241 = sext i32 %2240 to i64
  %2242 = mul nsw i64 %2241, 10240
  %2243 = getelementptr i8, ptr %22, i64 %2242
  %2244 = load <16 x float>, ptr %2243, align 4
  %2245 = getelementptr i8, ptr %2243, i64 64
  %2246 = load <16 x float>, ptr %2245, align 4
  %2247 = getelementptr i8, ptr %2243, i64 128
  %2248 = load <16 x float>, ptr %2247, align 4
  %2249 = getelementptr i8, ptr %2243, i64 192
  %2250 = load <16 x float>, ptr %2249, align 4
  %2251 = getelementptr i8, ptr %2243, i64 256
  %2252 = load <16 x float>, ptr %2251, align 4
  %2253 = fmul <16 x float> %q73, %2244
  %2254 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %2246, <16 x float> %2253)
  %2255 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q75, <16 x float> %2248, <16 x float> %2254)
  %2256 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q76, <16 x float> %2250, <16 x float> %2255)
  %2257 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q77, <16 x float> %2252, <16 x float> %2256)
  %2258 = fmul <16 x float> %q78, %2244
  %2259 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q79, <16 x float> %2246, <16 x float> %2258)
  %2260 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q80, <16 x float> %2248, <16 x float> %2259)
  %2261 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q81, <16 x float> %2250, <16 x float> %2260)
  %2262 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q82, <16 x float> %2252, <16 x float> %2261)
  %2263 = fmul <16 x float> %q83, %2244
  %2264 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q84, <16 x float> %2246, <16 x float> %2263)
  %2265 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q85, <16 x float> %2248, <16 x float> %2264)
  %2266 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q86, <16 x float> %2250, <16 x float> %2265)
  %2267 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q87, <16 x float> %2252, <16 x float> %2266)
  %2268 = fmul <16 x float> %q88, %2244
  %2269 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q89, <16 x float> %2246, <16 x float> %2268)
  %2270 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q90, <16 x float> %2248, <16 x float> %2269)
  %2271 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q91, <16 x float> %2250, <16 x float> %2270)
  %2272 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q92, <16 x float> %2252, <16 x float> %2271)
  %2273 = add i32 %kmask72, 13
  %2274 = call i32 @llvm.smin.i32(i32 %2273, i32 %105)
  %2275 = sext i32 %2274 to i64
  %2276 = mul nsw i64 %2275, 10240
  %2277 = getelementptr i8, ptr %22, i64 %2276
  %2278 = load <16 x float>, ptr %2277, align 4
  %2279 = getelementptr i8, ptr %2277, i64 64
  %2280 = load <16 x float>, ptr %2279, align 4
  %2281 = getelementptr i8, ptr %2277, i64 128
  %2282 = load <16 x float>, ptr %2281, align 4
  %2283 = getelementptr i8, ptr %2277, i64 192
  %2284 = load <16 x float>, ptr %2283, align 4
  %2285 = getelementptr i8, ptr %2277, i64 256
  %2286 = load <16 x float>, ptr %2285, align 4
  %2287 = fmul <16 x float> %q73, %2278
  %2288 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %2280, <16 x float> %2287)
  %2289 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q75, <16 x float> %2282, <16 x float> %2288)
  %2290 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q76, <16 x float> %2284, <16 x float> %2289)
  %2291 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q77, <16 x float> %2286, <16 x float> %2290)
  %2292 = shufflevector <16 x float> %2257, <16 x float> %2291, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2293 = shufflevector <16 x float> %2257, <16 x float> %2291, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2294 = fadd <16 x float> %2292, %2293
  %2295 = fmul <16 x float> %q78, %2278
  %2296 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q79, <16 x float> %2280, <16 x float> %2295)
  %2297 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q80, <16 x float> %2282, <16 x float> %2296)
  %2298 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q81, <16 x float> %2284, <16 x float> %2297)
  %2299 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q82, <16 x float> %2286, <16 x float> %2298)
  %2300 = shufflevector <16 x float> %2262, <16 x float> %2299, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2301 = shufflevector <16 x float> %2262, <16 x float> %2299, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2302 = fadd <16 x float> %2300, %2301
  %2303 = fmul <16 x float> %q83, %2278
  %2304 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q84, <16 x float> %2280, <16 x float> %2303)
  %2305 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q85, <16 x float> %2282, <16 x float> %2304)
  %2306 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q86, <16 x float> %2284, <16 x float> %2305)
  %2307 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q87, <16 x float> %2286, <16 x float> %2306)
  %2308 = shufflevector <16 x float> %2267, <16 x float> %2307, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2309 = shufflevector <16 x float> %2267, <16 x float> %2307, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2310 = fadd <16 x float> %2308, %2309
  %2311 = fmul <16 x float> %q88, %2278
  %2312 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q89, <16 x float> %2280, <16 x float> %2311)
  %2313 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q90, <16 x float> %2282, <16 x float> %2312)
  %2314 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q91, <16 x float> %2284, <16 x float> %2313)
  %2315 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q92, <16 x float> %2286, <16 x float> %2314)
  %2316 = shufflevector <16 x float> %2272, <16 x float> %2315, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2317 = shufflevector <16 x float> %2272, <16 x float> %2315, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2318 = fadd <16 x float> %2316, %2317
  %2319 = add i32 %kmask72, 14
  %2320 = call i32 @llvm.smin.i32(i32 %2319, i32 %105)
  %2321 = sext i32 %2320 to i64
  %2322 = mul nsw i64 %2321, 10240
  %2323 = getelementptr i8, ptr %22, i64 %2322
  %2324 = load <16 x float>, ptr %2323, align 4
  %2325 = getelementptr i8, ptr %2323, i64 64
  %2326 = load <16 x float>, ptr %2325, align 4
  %2327 = getelementptr i8, ptr %2323, i64 128
  %2328 = load <16 x float>, ptr %2327, align 4
  %2329 = getelementptr i8, ptr %2323, i64 192
  %2330 = load <16 x float>, ptr %2329, align 4
  %2331 = getelementptr i8, ptr %2323, i64 256
  %2332 = load <16 x float>, ptr %2331, align 4
  %2333 = fmul <16 x float> %q73, %2324
  %2334 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %2326, <16 x float> %2333)
  %2335 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q75, <16 x float> %2328, <16 x float> %2334)
  %2336 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q76, <16 x float> %2330, <16 x float> %2335)
  %2337 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q77, <16 x float> %2332, <16 x float> %2336)
  %2338 = fmul <16 x float> %q78, %2324
  %2339 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q79, <16 x float> %2326, <16 x float> %2338)
  %2340 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q80, <16 x float> %2328, <16 x float> %2339)
  %2341 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q81, <16 x float> %2330, <16 x float> %2340)
  %2342 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q82, <16 x float> %2332, <16 x float> %2341)
  %2343 = fmul <16 x float> %q83, %2324
  %2344 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q84, <16 x float> %2326, <16 x float> %2343)
  %2345 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q85, <16 x float> %2328, <16 x float> %2344)
  %2346 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q86, <16 x float> %2330, <16 x float> %2345)
  %2347 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q87, <16 x float> %2332, <16 x float> %2346)
  %2348 = fmul <16 x float> %q88, %2324
  %2349 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q89, <16 x float> %2326, <16 x float> %2348)
  %2350 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q90, <16 x float> %2328, <16 x float> %2349)
  %2351 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q91, <16 x float> %2330, <16 x float> %2350)
  %2352 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q92, <16 x float> %2332, <16 x float> %2351)
  %2353 = add i32 %kmask72, 15
  %2354 = call i32 @llvm.smin.i32(i32 %2353, i32 %105)
  %2355 = sext i32 %2354 to i64
  %2356 = mul nsw i64 %2355, 10240
  %2357 = getelementptr i8, ptr %22, i64 %2356
  %2358 = load <16 x float>, ptr %2357, align 4
  %2359 = getelementptr i8, ptr %2357, i64 64
  %2360 = load <16 x float>, ptr %2359, align 4
  %2361 = getelementptr i8, ptr %2357, i64 128
  %2362 = load <16 x float>, ptr %2361, align 4
  %2363 = getelementptr i8, ptr %2357, i64 192
  %2364 = load <16 x float>, ptr %2363, align 4
  %2365 = getelementptr i8, ptr %2357, i64 256
  %2366 = load <16 x float>, ptr %2365, align 4
  %2367 = fmul <16 x float> %q73, %2358
  %2368 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %2360, <16 x float> %2367)
  %2369 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q75, <16 x float> %2362, <16 x float> %2368)
  %2370 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q76, <16 x float> %2364, <16 x float> %2369)
  %2371 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q77, <16 x float> %2366, <16 x float> %2370)
  %2372 = shufflevector <16 x float> %2337, <16 x float> %2371, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2373 = shufflevector <16 x float> %2337, <16 x float> %2371, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2374 = fadd <16 x float> %2372, %2373
  %2375 = shufflevector <16 x float> %2294, <16 x float> %2374, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2376 = shufflevector <16 x float> %2294, <16 x float> %2374, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2377 = fadd <16 x float> %2375, %2376
  %2378 = shufflevector <16 x float> %2205, <16 x float> %2377, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %2379 = shufflevector <16 x float> %2205, <16 x float> %2377, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %2380 = fadd <16 x float> %2378, %2379
  %2381 = shufflevector <16 x float> %2024, <16 x float> %2380, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %2382 = shufflevector <16 x float> %2024, <16 x float> %2380, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %2383 = fadd <16 x float> %2381, %2382
  %2384 = fmul <16 x float> %q78, %2358
  %2385 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q79, <16 x float> %2360, <16 x float> %2384)
  %2386 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q80, <16 x float> %2362, <16 x float> %2385)
  %2387 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q81, <16 x float> %2364, <16 x float> %2386)
  %2388 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q82, <16 x float> %2366, <16 x float> %2387)
  %2389 = shufflevector <16 x float> %2342, <16 x float> %2388, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2390 = shufflevector <16 x float> %2342, <16 x float> %2388, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2391 = fadd <16 x float> %2389, %2390
  %2392 = shufflevector <16 x float> %2302, <16 x float> %2391, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2393 = shufflevector <16 x float> %2302, <16 x float> %2391, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2394 = fadd <16 x float> %2392, %2393
  %2395 = shufflevector <16 x float> %2216, <16 x float> %2394, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %2396 = shufflevector <16 x float> %2216, <16 x float> %2394, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %2397 = fadd <16 x float> %2395, %2396
  %2398 = shufflevector <16 x float> %2038, <16 x float> %2397, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %2399 = shufflevector <16 x float> %2038, <16 x float> %2397, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %2400 = fadd <16 x float> %2398, %2399
  %2401 = fmul <16 x float> %q83, %2358
  %2402 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q84, <16 x float> %2360, <16 x float> %2401)
  %2403 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q85, <16 x float> %2362, <16 x float> %2402)
  %2404 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q86, <16 x float> %2364, <16 x float> %2403)
  %2405 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q87, <16 x float> %2366, <16 x float> %2404)
  %2406 = shufflevector <16 x float> %2347, <16 x float> %2405, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2407 = shufflevector <16 x float> %2347, <16 x float> %2405, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2408 = fadd <16 x float> %2406, %2407
  %2409 = shufflevector <16 x float> %2310, <16 x float> %2408, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2410 = shufflevector <16 x float> %2310, <16 x float> %2408, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2411 = fadd <16 x float> %2409, %2410
  %2412 = shufflevector <16 x float> %2227, <16 x float> %2411, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %2413 = shufflevector <16 x float> %2227, <16 x float> %2411, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %2414 = fadd <16 x float> %2412, %2413
  %2415 = shufflevector <16 x float> %2052, <16 x float> %2414, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %2416 = shufflevector <16 x float> %2052, <16 x float> %2414, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %2417 = fadd <16 x float> %2415, %2416
  %2418 = fmul <16 x float> %q88, %2358
  %2419 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q89, <16 x float> %2360, <16 x float> %2418)
  %2420 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q90, <16 x float> %2362, <16 x float> %2419)
  %2421 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q91, <16 x float> %2364, <16 x float> %2420)
  %2422 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q92, <16 x float> %2366, <16 x float> %2421)
  %2423 = shufflevector <16 x float> %2352, <16 x float> %2422, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2424 = shufflevector <16 x float> %2352, <16 x float> %2422, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2425 = fadd <16 x float> %2423, %2424
  %2426 = shufflevector <16 x float> %2318, <16 x float> %2425, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2427 = shufflevector <16 x float> %2318, <16 x float> %2425, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2428 = fadd <16 x float> %2426, %2427
  %2429 = shufflevector <16 x float> %2238, <16 x float> %2428, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %2430 = shufflevector <16 x float> %2238, <16 x float> %2428, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %2431 = fadd <16 x float> %2429, %2430
  %2432 = shufflevector <16 x float> %2066, <16 x float> %2431, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %2433 = shufflevector <16 x float> %2066, <16 x float> %2431, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %2434 = fadd <16 x float> %2432, %2433
  %2435 = insertelement <16 x i32> poison, i32 %kmask72, i64 0
  %splat93 = shufflevector <16 x i32> %2435, <16 x i32> poison, <16 x i32> zeroinitializer
  %2436 = add <16 x i32> %splat93, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2437 = load i32, ptr %blim157, align 4
  %2438 = insertelement <16 x i32> poison, i32 %2437, i64 0
  %splat94 = shufflevector <16 x i32> %2438, <16 x i32> poison, <16 x i32> zeroinitializer
  %2439 = icmp slt <16 x i32> %2436, %splat94
  %2440 = select <16 x i1> %2439, <16 x float> %2383, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %m95 = load float, ptr %bm160, align 4
  %2441 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %2440)
  %2442 = call float @llvm.maxnum.f32(float %m95, float %2441)
  %2443 = fcmp oeq float %2442, 0xFFF0000000000000
  %2444 = select i1 %2443, float 0.000000e+00, float %2442
  %2445 = fsub float %m95, %2444
  %2446 = insertelement <16 x float> poison, float %2445, i64 0
  %splat96 = shufflevector <16 x float> %2446, <16 x float> poison, <16 x i32> zeroinitializer
  %2447 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat96, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %2448 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %2447, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %2449 = fadd <16 x float> %2448, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n97 = fadd <16 x float> %2449, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f98 = fsub <16 x float> %2448, %n97
  %2450 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f98, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %2451 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2450, <16 x float> %f98, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %2452 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2451, <16 x float> %f98, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %2453 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2452, <16 x float> %f98, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %2454 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2453, <16 x float> %f98, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %2455 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2454, <16 x float> %f98, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %2456 = fptosi <16 x float> %n97 to <16 x i32>
  %2457 = shl <16 x i32> %2456, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2458 = add <16 x i32> %2457, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %2459 = bitcast <16 x i32> %2458 to <16 x float>
  %exp299 = fmul <16 x float> %2455, %2459
  %2460 = insertelement <16 x float> poison, float %2444, i64 0
  %splat100 = shufflevector <16 x float> %2460, <16 x float> poison, <16 x i32> zeroinitializer
  %2461 = fsub <16 x float> %2440, %splat100
  %2462 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %2461, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %2463 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %2462, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %2464 = fadd <16 x float> %2463, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n101 = fadd <16 x float> %2464, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f102 = fsub <16 x float> %2463, %n101
  %2465 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f102, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %2466 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2465, <16 x float> %f102, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %2467 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2466, <16 x float> %f102, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %2468 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2467, <16 x float> %f102, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %2469 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2468, <16 x float> %f102, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %2470 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2469, <16 x float> %f102, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %2471 = fptosi <16 x float> %n101 to <16 x i32>
  %2472 = shl <16 x i32> %2471, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2473 = add <16 x i32> %2472, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %2474 = bitcast <16 x i32> %2473 to <16 x float>
  %exp2103 = fmul <16 x float> %2470, %2474
  %l104 = load <16 x float>, ptr %bl159, align 64
  %2475 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %l104, <16 x float> %exp299, <16 x float> %exp2103)
  store <16 x float> %2475, ptr %bl159, align 64
  store float %2442, ptr %bm160, align 4
  %2476 = load <16 x float>, ptr %bacc158, align 64
  %2477 = fmul <16 x float> %2476, %exp299
  store <16 x float> %2477, ptr %bacc158, align 64
  %2478 = load <16 x float>, ptr %77, align 64
  %2479 = fmul <16 x float> %2478, %exp299
  store <16 x float> %2479, ptr %77, align 64
  %2480 = load <16 x float>, ptr %78, align 64
  %2481 = fmul <16 x float> %2480, %exp299
  store <16 x float> %2481, ptr %78, align 64
  %2482 = load <16 x float>, ptr %79, align 64
  %2483 = fmul <16 x float> %2482, %exp299
  store <16 x float> %2483, ptr %79, align 64
  %2484 = load <16 x float>, ptr %80, align 64
  %2485 = fmul <16 x float> %2484, %exp299
  store <16 x float> %2485, ptr %80, align 64
  %2486 = load i32, ptr %88, align 4
  %2487 = insertelement <16 x i32> poison, i32 %2486, i64 0
  %splat106 = shufflevector <16 x i32> %2487, <16 x i32> poison, <16 x i32> zeroinitializer
  %2488 = icmp slt <16 x i32> %2436, %splat106
  %2489 = select <16 x i1> %2488, <16 x float> %2400, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %m107 = load float, ptr %81, align 4
  %2490 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %2489)
  %2491 = call float @llvm.maxnum.f32(float %m107, float %2490)
  %2492 = fcmp oeq float %2491, 0xFFF0000000000000
  %2493 = select i1 %2492, float 0.000000e+00, float %2491
  %2494 = fsub float %m107, %2493
  %2495 = insertelement <16 x float> poison, float %2494, i64 0
  %splat108 = shufflevector <16 x float> %2495, <16 x float> poison, <16 x i32> zeroinitializer
  %2496 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat108, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %2497 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %2496, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %2498 = fadd <16 x float> %2497, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n109 = fadd <16 x float> %2498, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f110 = fsub <16 x float> %2497, %n109
  %2499 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f110, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %2500 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2499, <16 x float> %f110, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %2501 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2500, <16 x float> %f110, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %2502 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2501, <16 x float> %f110, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %2503 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2502, <16 x float> %f110, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %2504 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2503, <16 x float> %f110, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %2505 = fptosi <16 x float> %n109 to <16 x i32>
  %2506 = shl <16 x i32> %2505, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2507 = add <16 x i32> %2506, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %2508 = bitcast <16 x i32> %2507 to <16 x float>
  %exp2111 = fmul <16 x float> %2504, %2508
  %2509 = insertelement <16 x float> poison, float %2493, i64 0
  %splat112 = shufflevector <16 x float> %2509, <16 x float> poison, <16 x i32> zeroinitializer
  %2510 = fsub <16 x float> %2489, %splat112
  %2511 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %2510, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %2512 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %2511, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %2513 = fadd <16 x float> %2512, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n113 = fadd <16 x float> %2513, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f114 = fsub <16 x float> %2512, %n113
  %2514 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f114, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %2515 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2514, <16 x float> %f114, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %2516 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2515, <16 x float> %f114, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %2517 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2516, <16 x float> %f114, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %2518 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2517, <16 x float> %f114, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %2519 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2518, <16 x float> %f114, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %2520 = fptosi <16 x float> %n113 to <16 x i32>
  %2521 = shl <16 x i32> %2520, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2522 = add <16 x i32> %2521, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %2523 = bitcast <16 x i32> %2522 to <16 x float>
  %exp2115 = fmul <16 x float> %2519, %2523
  %l116 = load <16 x float>, ptr %82, align 64
  %2524 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %l116, <16 x float> %exp2111, <16 x float> %exp2115)
  store <16 x float> %2524, ptr %82, align 64
  store float %2491, ptr %81, align 4
  %2525 = load <16 x float>, ptr %83, align 64
  %2526 = fmul <16 x float> %2525, %exp2111
  store <16 x float> %2526, ptr %83, align 64
  %2527 = load <16 x float>, ptr %84, align 64
  %2528 = fmul <16 x float> %2527, %exp2111
  store <16 x float> %2528, ptr %84, align 64
  %2529 = load <16 x float>, ptr %85, align 64
  %2530 = fmul <16 x float> %2529, %exp2111
  store <16 x float> %2530, ptr %85, align 64
  %2531 = load <16 x float>, ptr %86, align 64
  %2532 = fmul <16 x float> %2531, %exp2111
  store <16 x float> %2532, ptr %86, align 64
  %2533 = load <16 x float>, ptr %87, align 64
  %2534 = fmul <16 x float> %2533, %exp2111
  store <16 x float> %2534, ptr %87, align 64
  %2535 = load i32, ptr %96, align 4
  %2536 = insertelement <16 x i32> poison, i32 %2535, i64 0
  %splat118 = shufflevector <16 x i32> %2536, <16 x i32> poison, <16 x i32> zeroinitializer
  %2537 = icmp slt <16 x i32> %2436, %splat118
  %2538 = select <16 x i1> %2537, <16 x float> %2417, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %m119 = load float, ptr %89, align 4
  %2539 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %2538)
  %2540 = call float @llvm.maxnum.f32(float %m119, float %2539)
  %2541 = fcmp oeq float %2540, 0xFFF0000000000000
  %2542 = select i1 %2541, float 0.000000e+00, float %2540
  %2543 = fsub float %m119, %2542
  %2544 = insertelement <16 x float> poison, float %2543, i64 0
  %splat120 = shufflevector <16 x float> %2544, <16 x float> poison, <16 x i32> zeroinitializer
  %2545 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat120, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %2546 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %2545, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %2547 = fadd <16 x float> %2546, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n121 = fadd <16 x float> %2547, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f122 = fsub <16 x float> %2546, %n121
  %2548 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f122, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %2549 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2548, <16 x float> %f122, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %2550 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2549, <16 x float> %f122, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %2551 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2550, <16 x float> %f122, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %2552 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2551, <16 x float> %f122, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %2553 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2552, <16 x float> %f122, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %2554 = fptosi <16 x float> %n121 to <16 x i32>
  %2555 = shl <16 x i32> %2554, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2556 = add <16 x i32> %2555, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %2557 = bitcast <16 x i32> %2556 to <16 x float>
  %exp2123 = fmul <16 x float> %2553, %2557
  %2558 = insertelement <16 x float> poison, float %2542, i64 0
  %splat124 = shufflevector <16 x float> %2558, <16 x float> poison, <16 x i32> zeroinitializer
  %2559 = fsub <16 x float> %2538, %splat124
  %2560 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %2559, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %2561 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %2560, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %2562 = fadd <16 x float> %2561, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n125 = fadd <16 x float> %2562, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f126 = fsub <16 x float> %2561, %n125
  %2563 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f126, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %2564 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2563, <16 x float> %f126, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %2565 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2564, <16 x float> %f126, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %2566 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2565, <16 x float> %f126, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %2567 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2566, <16 x float> %f126, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %2568 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2567, <16 x float> %f126, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %2569 = fptosi <16 x float> %n125 to <16 x i32>
  %2570 = shl <16 x i32> %2569, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2571 = add <16 x i32> %2570, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %2572 = bitcast <16 x i32> %2571 to <16 x float>
  %exp2127 = fmul <16 x float> %2568, %2572
  %l128 = load <16 x float>, ptr %90, align 64
  %2573 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %l128, <16 x float> %exp2123, <16 x float> %exp2127)
  store <16 x float> %2573, ptr %90, align 64
  store float %2540, ptr %89, align 4
  %2574 = load <16 x float>, ptr %91, align 64
  %2575 = fmul <16 x float> %2574, %exp2123
  store <16 x float> %2575, ptr %91, align 64
  %2576 = load <16 x float>, ptr %92, align 64
  %2577 = fmul <16 x float> %2576, %exp2123
  store <16 x float> %2577, ptr %92, align 64
  %2578 = load <16 x float>, ptr %93, align 64
  %2579 = fmul <16 x float> %2578, %exp2123
  store <16 x float> %2579, ptr %93, align 64
  %2580 = load <16 x float>, ptr %94, align 64
  %2581 = fmul <16 x float> %2580, %exp2123
  store <16 x float> %2581, ptr %94, align 64
  %2582 = load <16 x float>, ptr %95, align 64
  %2583 = fmul <16 x float> %2582, %exp2123
  store <16 x float> %2583, ptr %95, align 64
  %2584 = load i32, ptr %104, align 4
  %2585 = insertelement <16 x i32> poison, i32 %2584, i64 0
  %splat130 = shufflevector <16 x i32> %2585, <16 x i32> poison, <16 x i32> zeroinitializer
  %2586 = icmp slt <16 x i32> %2436, %splat130
  %2587 = select <16 x i1> %2586, <16 x float> %2434, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %m131 = load float, ptr %97, align 4
  %2588 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %2587)
  %2589 = call float @llvm.maxnum.f32(float %m131, float %2588)
  %2590 = fcmp oeq float %2589, 0xFFF0000000000000
  %2591 = select i1 %2590, float 0.000000e+00, float %2589
  %2592 = fsub float %m131, %2591
  %2593 = insertelement <16 x float> poison, float %2592, i64 0
  %splat132 = shufflevector <16 x float> %2593, <16 x float> poison, <16 x i32> zeroinitializer
  %2594 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat132, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %2595 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %2594, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %2596 = fadd <16 x float> %2595, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n133 = fadd <16 x float> %2596, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f134 = fsub <16 x float> %2595, %n133
  %2597 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f134, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %2598 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2597, <16 x float> %f134, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %2599 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2598, <16 x float> %f134, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %2600 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2599, <16 x float> %f134, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %2601 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2600, <16 x float> %f134, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %2602 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2601, <16 x float> %f134, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %2603 = fptosi <16 x float> %n133 to <16 x i32>
  %2604 = shl <16 x i32> %2603, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2605 = add <16 x i32> %2604, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %2606 = bitcast <16 x i32> %2605 to <16 x float>
  %exp2135 = fmul <16 x float> %2602, %2606
  %2607 = insertelement <16 x float> poison, float %2591, i64 0
  %splat136 = shufflevector <16 x float> %2607, <16 x float> poison, <16 x i32> zeroinitializer
  %2608 = fsub <16 x float> %2587, %splat136
  %2609 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %2608, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %2610 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %2609, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %2611 = fadd <16 x float> %2610, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n137 = fadd <16 x float> %2611, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f138 = fsub <16 x float> %2610, %n137
  %2612 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f138, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %2613 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2612, <16 x float> %f138, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %2614 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2613, <16 x float> %f138, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %2615 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2614, <16 x float> %f138, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %2616 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2615, <16 x float> %f138, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %2617 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2616, <16 x float> %f138, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %2618 = fptosi <16 x float> %n137 to <16 x i32>
  %2619 = shl <16 x i32> %2618, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2620 = add <16 x i32> %2619, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %2621 = bitcast <16 x i32> %2620 to <16 x float>
  %exp2139 = fmul <16 x float> %2617, %2621
  %l140 = load <16 x float>, ptr %98, align 64
  %2622 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %l140, <16 x float> %exp2135, <16 x float> %exp2139)
  store <16 x float> %2622, ptr %98, align 64
  store float %2589, ptr %97, align 4
  %2623 = load <16 x float>, ptr %99, align 64
  %2624 = fmul <16 x float> %2623, %exp2135
  store <16 x float> %2624, ptr %99, align 64
  %2625 = load <16 x float>, ptr %100, align 64
  %2626 = fmul <16 x float> %2625, %exp2135
  store <16 x float> %2626, ptr %100, align 64
  %2627 = load <16 x float>, ptr %101, align 64
  %2628 = fmul <16 x float> %2627, %exp2135
  store <16 x float> %2628, ptr %101, align 64
  %2629 = load <16 x float>, ptr %102, align 64
  %2630 = fmul <16 x float> %2629, %exp2135
  store <16 x float> %2630, ptr %102, align 64
  %2631 = load <16 x float>, ptr %103, align 64
  %2632 = fmul <16 x float> %2631, %exp2135
  store <16 x float> %2632, ptr %103, align 64
  %2633 = getelementptr i8, ptr %24, i64 %1714
  %2634 = load <16 x float>, ptr %2633, align 4
  %2635 = load <16 x float>, ptr %bacc158, align 64
  %2636 = shufflevector <16 x float> %exp2103, <16 x float> poison, <16 x i32> zeroinitializer
  %2637 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2636, <16 x float> %2634, <16 x float> %2635)
  store <16 x float> %2637, ptr %bacc158, align 64
  %2638 = load <16 x float>, ptr %83, align 64
  %2639 = shufflevector <16 x float> %exp2115, <16 x float> poison, <16 x i32> zeroinitializer
  %2640 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2639, <16 x float> %2634, <16 x float> %2638)
  store <16 x float> %2640, ptr %83, align 64
  %2641 = shufflevector <16 x float> %exp2127, <16 x float> poison, <16 x i32> zeroinitializer
  %2642 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2641, <16 x float> %2634, <16 x float> %2575)
  store <16 x float> %2642, ptr %91, align 64
  %2643 = shufflevector <16 x float> %exp2139, <16 x float> poison, <16 x i32> zeroinitializer
  %2644 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2643, <16 x float> %2634, <16 x float> %2624)
  store <16 x float> %2644, ptr %99, align 64
  %2645 = getelementptr i8, ptr %2633, i64 64
  %2646 = load <16 x float>, ptr %2645, align 4
  %2647 = load <16 x float>, ptr %77, align 64
  %2648 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2636, <16 x float> %2646, <16 x float> %2647)
  store <16 x float> %2648, ptr %77, align 64
  %2649 = load <16 x float>, ptr %84, align 64
  %2650 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2639, <16 x float> %2646, <16 x float> %2649)
  store <16 x float> %2650, ptr %84, align 64
  %2651 = load <16 x float>, ptr %92, align 64
  %2652 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2641, <16 x float> %2646, <16 x float> %2651)
  store <16 x float> %2652, ptr %92, align 64
  %2653 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2643, <16 x float> %2646, <16 x float> %2626)
  store <16 x float> %2653, ptr %100, align 64
  %2654 = getelementptr i8, ptr %2633, i64 128
  %2655 = load <16 x float>, ptr %2654, align 4
  %2656 = load <16 x float>, ptr %78, align 64
  %2657 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2636, <16 x float> %2655, <16 x float> %2656)
  store <16 x float> %2657, ptr %78, align 64
  %2658 = load <16 x float>, ptr %85, align 64
  %2659 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2639, <16 x float> %2655, <16 x float> %2658)
  store <16 x float> %2659, ptr %85, align 64
  %2660 = load <16 x float>, ptr %93, align 64
  %2661 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2641, <16 x float> %2655, <16 x float> %2660)
  store <16 x float> %2661, ptr %93, align 64
  %2662 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2643, <16 x float> %2655, <16 x float> %2628)
  store <16 x float> %2662, ptr %101, align 64
  %2663 = getelementptr i8, ptr %2633, i64 192
  %2664 = load <16 x float>, ptr %2663, align 4
  %2665 = load <16 x float>, ptr %79, align 64
  %2666 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2636, <16 x float> %2664, <16 x float> %2665)
  store <16 x float> %2666, ptr %79, align 64
  %2667 = load <16 x float>, ptr %86, align 64
  %2668 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2639, <16 x float> %2664, <16 x float> %2667)
  store <16 x float> %2668, ptr %86, align 64
  %2669 = load <16 x float>, ptr %94, align 64
  %2670 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2641, <16 x float> %2664, <16 x float> %2669)
  store <16 x float> %2670, ptr %94, align 64
  %2671 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2643, <16 x float> %2664, <16 x float> %2630)
  store <16 x float> %2671, ptr %102, align 64
  %2672 = getelementptr i8, ptr %2633, i64 256
  %2673 = load <16 x float>, ptr %2672, align 4
  %2674 = load <16 x float>, ptr %80, align 64
  %2675 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2636, <16 x float> %2673, <16 x float> %2674)
  store <16 x float> %2675, ptr %80, align 64
  %2676 = load <16 x float>, ptr %87, align 64
  %2677 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2639, <16 x float> %2673, <16 x float> %2676)
  store <16 x float> %2677, ptr %87, align 64
  %2678 = load <16 x float>, ptr %95, align 64
  %2679 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2641, <16 x float> %2673, <16 x float> %2678)
  store <16 x float> %2679, ptr %95, align 64
  %2680 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2643, <16 x float> %2673, <16 x float> %2632)
  store <16 x float> %2680, ptr %103, align 64
  %2681 = getelementptr i8, ptr %24, i64 %1748
  %2682 = load <16 x float>, ptr %2681, align 4
  %2683 = shufflevector <16 x float> %exp2103, <16 x float> poison, <16 x i32> <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %2684 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2683, <16 x float> %2682, <16 x float> %2637)
  store <16 x float> %2684, ptr %bacc158, align 64
  %2685 = shufflevector <16 x float> %exp2115, <16 x float> poison, <16 x i32> <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %2686 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2685, <16 x float> %2682, <16 x float> %2640)
  store <16 x float> %2686, ptr %83, align 64
  %2687 = shufflevector <16 x float> %exp2127, <16 x float> poison, <16 x i32> <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %2688 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2687, <16 x float> %2682, <16 x float> %2642)
  store <16 x float> %2688, ptr %91, align 64
  %2689 = shufflevector <16 x float> %exp2139, <16 x float> poison, <16 x i32> <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %2690 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2689, <16 x float> %2682, <16 x float> %2644)
  store <16 x float> %2690, ptr %99, align 64
  %2691 = getelementptr i8, ptr %2681, i64 64
  %2692 = load <16 x float>, ptr %2691, align 4
  %2693 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2683, <16 x float> %2692, <16 x float> %2648)
  store <16 x float> %2693, ptr %77, align 64
  %2694 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2685, <16 x float> %2692, <16 x float> %2650)
  store <16 x float> %2694, ptr %84, align 64
  %2695 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2687, <16 x float> %2692, <16 x float> %2652)
  store <16 x float> %2695, ptr %92, align 64
  %2696 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2689, <16 x float> %2692, <16 x float> %2653)
  store <16 x float> %2696, ptr %100, align 64
  %2697 = getelementptr i8, ptr %2681, i64 128
  %2698 = load <16 x float>, ptr %2697, align 4
  %2699 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2683, <16 x float> %2698, <16 x float> %2657)
  store <16 x float> %2699, ptr %78, align 64
  %2700 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2685, <16 x float> %2698, <16 x float> %2659)
  store <16 x float> %2700, ptr %85, align 64
  %2701 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2687, <16 x float> %2698, <16 x float> %2661)
  store <16 x float> %2701, ptr %93, align 64
  %2702 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2689, <16 x float> %2698, <16 x float> %2662)
  store <16 x float> %2702, ptr %101, align 64
  %2703 = getelementptr i8, ptr %2681, i64 192
  %2704 = load <16 x float>, ptr %2703, align 4
  %2705 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2683, <16 x float> %2704, <16 x float> %2666)
  store <16 x float> %2705, ptr %79, align 64
  %2706 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2685, <16 x float> %2704, <16 x float> %2668)
  store <16 x float> %2706, ptr %86, align 64
  %2707 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2687, <16 x float> %2704, <16 x float> %2670)
  store <16 x float> %2707, ptr %94, align 64
  %2708 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2689, <16 x float> %2704, <16 x float> %2671)
  store <16 x float> %2708, ptr %102, align 64
  %2709 = getelementptr i8, ptr %2681, i64 256
  %2710 = load <16 x float>, ptr %2709, align 4
  %2711 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2683, <16 x float> %2710, <16 x float> %2675)
  store <16 x float> %2711, ptr %80, align 64
  %2712 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2685, <16 x float> %2710, <16 x float> %2677)
  store <16 x float> %2712, ptr %87, align 64
  %2713 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2687, <16 x float> %2710, <16 x float> %2679)
  store <16 x float> %2713, ptr %95, align 64
  %2714 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2689, <16 x float> %2710, <16 x float> %2680)
  store <16 x float> %2714, ptr %103, align 64
  %2715 = getelementptr i8, ptr %24, i64 %1794
  %2716 = load <16 x float>, ptr %2715, align 4
  %2717 = shufflevector <16 x float> %exp2103, <16 x float> poison, <16 x i32> <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %2718 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2717, <16 x float> %2716, <16 x float> %2684)
  store <16 x float> %2718, ptr %bacc158, align 64
  %2719 = shufflevector <16 x float> %exp2115, <16 x float> poison, <16 x i32> <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %2720 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2719, <16 x float> %2716, <16 x float> %2686)
  store <16 x float> %2720, ptr %83, align 64
  %2721 = shufflevector <16 x float> %exp2127, <16 x float> poison, <16 x i32> <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %2722 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2721, <16 x float> %2716, <16 x float> %2688)
  store <16 x float> %2722, ptr %91, align 64
  %2723 = shufflevector <16 x float> %exp2139, <16 x float> poison, <16 x i32> <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %2724 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2723, <16 x float> %2716, <16 x float> %2690)
  store <16 x float> %2724, ptr %99, align 64
  %2725 = getelementptr i8, ptr %2715, i64 64
  %2726 = load <16 x float>, ptr %2725, align 4
  %2727 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2717, <16 x float> %2726, <16 x float> %2693)
  store <16 x float> %2727, ptr %77, align 64
  %2728 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2719, <16 x float> %2726, <16 x float> %2694)
  store <16 x float> %2728, ptr %84, align 64
  %2729 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2721, <16 x float> %2726, <16 x float> %2695)
  store <16 x float> %2729, ptr %92, align 64
  %2730 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2723, <16 x float> %2726, <16 x float> %2696)
  store <16 x float> %2730, ptr %100, align 64
  %2731 = getelementptr i8, ptr %2715, i64 128
  %2732 = load <16 x float>, ptr %2731, align 4
  %2733 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2717, <16 x float> %2732, <16 x float> %2699)
  store <16 x float> %2733, ptr %78, align 64
  %2734 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2719, <16 x float> %2732, <16 x float> %2700)
  store <16 x float> %2734, ptr %85, align 64
  %2735 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2721, <16 x float> %2732, <16 x float> %2701)
  store <16 x float> %2735, ptr %93, align 64
  %2736 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2723, <16 x float> %2732, <16 x float> %2702)
  store <16 x float> %2736, ptr %101, align 64
  %2737 = getelementptr i8, ptr %2715, i64 192
  %2738 = load <16 x float>, ptr %2737, align 4
  %2739 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2717, <16 x float> %2738, <16 x float> %2705)
  store <16 x float> %2739, ptr %79, align 64
  %2740 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2719, <16 x float> %2738, <16 x float> %2706)
  store <16 x float> %2740, ptr %86, align 64
  %2741 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2721, <16 x float> %2738, <16 x float> %2707)
  store <16 x float> %2741, ptr %94, align 64
  %2742 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2723, <16 x float> %2738, <16 x float> %2708)
  store <16 x float> %2742, ptr %102, align 64
  %2743 = getelementptr i8, ptr %2715, i64 256
  %2744 = load <16 x float>, ptr %2743, align 4
  %2745 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2717, <16 x float> %2744, <16 x float> %2711)
  store <16 x float> %2745, ptr %80, align 64
  %2746 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2719, <16 x float> %2744, <16 x float> %2712)
  store <16 x float> %2746, ptr %87, align 64
  %2747 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2721, <16 x float> %2744, <16 x float> %2713)
  store <16 x float> %2747, ptr %95, align 64
  %2748 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2723, <16 x float> %2744, <16 x float> %2714)
  store <16 x float> %2748, ptr %103, align 64
  %2749 = getelementptr i8, ptr %24, i64 %1828
  %2750 = load <16 x float>, ptr %2749, align 4
  %2751 = shufflevector <16 x float> %exp2103, <16 x float> poison, <16 x i32> <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %2752 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2751, <16 x float> %2750, <16 x float> %2718)
  store <16 x float> %2752, ptr %bacc158, align 64
  %2753 = shufflevector <16 x float> %exp2115, <16 x float> poison, <16 x i32> <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %2754 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2753, <16 x float> %2750, <16 x float> %2720)
  store <16 x float> %2754, ptr %83, align 64
  %2755 = shufflevector <16 x float> %exp2127, <16 x float> poison, <16 x i32> <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %2756 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2755, <16 x float> %2750, <16 x float> %2722)
  store <16 x float> %2756, ptr %91, align 64
  %2757 = shufflevector <16 x float> %exp2139, <16 x float> poison, <16 x i32> <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %2758 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2757, <16 x float> %2750, <16 x float> %2724)
  store <16 x float> %2758, ptr %99, align 64
  %2759 = getelementptr i8, ptr %2749, i64 64
  %2760 = load <16 x float>, ptr %2759, align 4
  %2761 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2751, <16 x float> %2760, <16 x float> %2727)
  store <16 x float> %2761, ptr %77, align 64
  %2762 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2753, <16 x float> %2760, <16 x float> %2728)
  store <16 x float> %2762, ptr %84, align 64
  %2763 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2755, <16 x float> %2760, <16 x float> %2729)
  store <16 x float> %2763, ptr %92, align 64
  %2764 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2757, <16 x float> %2760, <16 x float> %2730)
  store <16 x float> %2764, ptr %100, align 64
  %2765 = getelementptr i8, ptr %2749, i64 128
  %2766 = load <16 x float>, ptr %2765, align 4
  %2767 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2751, <16 x float> %2766, <16 x float> %2733)
  store <16 x float> %2767, ptr %78, align 64
  %2768 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2753, <16 x float> %2766, <16 x float> %2734)
  store <16 x float> %2768, ptr %85, align 64
  %2769 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2755, <16 x float> %2766, <16 x float> %2735)
  store <16 x float> %2769, ptr %93, align 64
  %2770 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2757, <16 x float> %2766, <16 x float> %2736)
  store <16 x float> %2770, ptr %101, align 64
  %2771 = getelementptr i8, ptr %2749, i64 192
  %2772 = load <16 x float>, ptr %2771, align 4
  %2773 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2751, <16 x float> %2772, <16 x float> %2739)
  store <16 x float> %2773, ptr %79, align 64
  %2774 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2753, <16 x float> %2772, <16 x float> %2740)
  store <16 x float> %2774, ptr %86, align 64
  %2775 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2755, <16 x float> %2772, <16 x float> %2741)
  store <16 x float> %2775, ptr %94, align 64
  %2776 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2757, <16 x float> %2772, <16 x float> %2742)
  store <16 x float> %2776, ptr %102, align 64
  %2777 = getelementptr i8, ptr %2749, i64 256
  %2778 = load <16 x float>, ptr %2777, align 4
  %2779 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2751, <16 x float> %2778, <16 x float> %2745)
  store <16 x float> %2779, ptr %80, align 64
  %2780 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2753, <16 x float> %2778, <16 x float> %2746)
  store <16 x float> %2780, ptr %87, align 64
  %2781 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2755, <16 x float> %2778, <16 x float> %2747)
  store <16 x float> %2781, ptr %95, align 64
  %2782 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2757, <16 x float> %2778, <16 x float> %2748)
  store <16 x float> %2782, ptr %103, align 64
  %2783 = getelementptr i8, ptr %24, i64 %1886
  %2784 = load <16 x float>, ptr %2783, align 4
  %2785 = shufflevector <16 x float> %exp2103, <16 x float> poison, <16 x i32> <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %2786 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2785, <16 x float> %2784, <16 x float> %2752)
  store <16 x float> %2786, ptr %bacc158, align 64
  %2787 = shufflevector <16 x float> %exp2115, <16 x float> poison, <16 x i32> <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %2788 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2787, <16 x float> %2784, <16 x float> %2754)
  store <16 x float> %2788, ptr %83, align 64
  %2789 = shufflevector <16 x float> %exp2127, <16 x float> poison, <16 x i32> <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %2790 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2789, <16 x float> %2784, <16 x float> %2756)
  store <16 x float> %2790, ptr %91, align 64
  %2791 = shufflevector <16 x float> %exp2139, <16 x float> poison, <16 x i32> <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %2792 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2791, <16 x float> %2784, <16 x float> %2758)
  store <16 x float> %2792, ptr %99, align 64
  %2793 = getelementptr i8, ptr %2783, i64 64
  %2794 = load <16 x float>, ptr %2793, align 4
  %2795 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2785, <16 x float> %2794, <16 x float> %2761)
  store <16 x float> %2795, ptr %77, align 64
  %2796 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2787, <16 x float> %2794, <16 x float> %2762)
  store <16 x float> %2796, ptr %84, align 64
  %2797 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2789, <16 x float> %2794, <16 x float> %2763)
  store <16 x float> %2797, ptr %92, align 64
  %2798 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2791, <16 x float> %2794, <16 x float> %2764)
  store <16 x float> %2798, ptr %100, align 64
  %2799 = getelementptr i8, ptr %2783, i64 128
  %2800 = load <16 x float>, ptr %2799, align 4
  %2801 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2785, <16 x float> %2800, <16 x float> %2767)
  store <16 x float> %2801, ptr %78, align 64
  %2802 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2787, <16 x float> %2800, <16 x float> %2768)
  store <16 x float> %2802, ptr %85, align 64
  %2803 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2789, <16 x float> %2800, <16 x float> %2769)
  store <16 x float> %2803, ptr %93, align 64
  %2804 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2791, <16 x float> %2800, <16 x float> %2770)
  store <16 x float> %2804, ptr %101, align 64
  %2805 = getelementptr i8, ptr %2783, i64 192
  %2806 = load <16 x float>, ptr %2805, align 4
  %2807 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2785, <16 x float> %2806, <16 x float> %2773)
  store <16 x float> %2807, ptr %79, align 64
  %2808 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2787, <16 x float> %2806, <16 x float> %2774)
  store <16 x float> %2808, ptr %86, align 64
  %2809 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2789, <16 x float> %2806, <16 x float> %2775)
  store <16 x float> %2809, ptr %94, align 64
  %2810 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2791, <16 x float> %2806, <16 x float> %2776)
  store <16 x float> %2810, ptr %102, align 64
  %2811 = getelementptr i8, ptr %2783, i64 256
  %2812 = load <16 x float>, ptr %2811, align 4
  %2813 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2785, <16 x float> %2812, <16 x float> %2779)
  store <16 x float> %2813, ptr %80, align 64
  %2814 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2787, <16 x float> %2812, <16 x float> %2780)
  store <16 x float> %2814, ptr %87, align 64
  %2815 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2789, <16 x float> %2812, <16 x float> %2781)
  store <16 x float> %2815, ptr %95, align 64
  %2816 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2791, <16 x float> %2812, <16 x float> %2782)
  store <16 x float> %2816, ptr %103, align 64
  %2817 = getelementptr i8, ptr %24, i64 %1920
  %2818 = load <16 x float>, ptr %2817, align 4
  %2819 = shufflevector <16 x float> %exp2103, <16 x float> poison, <16 x i32> <i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5>
  %2820 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2819, <16 x float> %2818, <16 x float> %2786)
  store <16 x float> %2820, ptr %bacc158, align 64
  %2821 = shufflevector <16 x float> %exp2115, <16 x float> poison, <16 x i32> <i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5>
  %2822 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2821, <16 x float> %2818, <16 x float> %2788)
  store <16 x float> %2822, ptr %83, align 64
  %2823 = shufflevector <16 x float> %exp2127, <16 x float> poison, <16 x i32> <i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5>
  %2824 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2823, <16 x float> %2818, <16 x float> %2790)
  store <16 x float> %2824, ptr %91, align 64
  %2825 = shufflevector <16 x float> %exp2139, <16 x float> poison, <16 x i32> <i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5>
  %2826 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2825, <16 x float> %2818, <16 x float> %2792)
  store <16 x float> %2826, ptr %99, align 64
  %2827 = getelementptr i8, ptr %2817, i64 64
  %2828 = load <16 x float>, ptr %2827, align 4
  %2829 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2819, <16 x float> %2828, <16 x float> %2795)
  store <16 x float> %2829, ptr %77, align 64
  %2830 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2821, <16 x float> %2828, <16 x float> %2796)
  store <16 x float> %2830, ptr %84, align 64
  %2831 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2823, <16 x float> %2828, <16 x float> %2797)
  store <16 x float> %2831, ptr %92, align 64
  %2832 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2825, <16 x float> %2828, <16 x float> %2798)
  store <16 x float> %2832, ptr %100, align 64
  %2833 = getelementptr i8, ptr %2817, i64 128
  %2834 = load <16 x float>, ptr %2833, align 4
  %2835 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2819, <16 x float> %2834, <16 x float> %2801)
  store <16 x float> %2835, ptr %78, align 64
  %2836 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2821, <16 x float> %2834, <16 x float> %2802)
  store <16 x float> %2836, ptr %85, align 64
  %2837 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2823, <16 x float> %2834, <16 x float> %2803)
  store <16 x float> %2837, ptr %93, align 64
  %2838 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2825, <16 x float> %2834, <16 x float> %2804)
  store <16 x float> %2838, ptr %101, align 64
  %2839 = getelementptr i8, ptr %2817, i64 192
  %2840 = load <16 x float>, ptr %2839, align 4
  %2841 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2819, <16 x float> %2840, <16 x float> %2807)
  store <16 x float> %2841, ptr %79, align 64
  %2842 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2821, <16 x float> %2840, <16 x float> %2808)
  store <16 x float> %2842, ptr %86, align 64
  %2843 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2823, <16 x float> %2840, <16 x float> %2809)
  store <16 x float> %2843, ptr %94, align 64
  %2844 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2825, <16 x float> %2840, <16 x float> %2810)
  store <16 x float> %2844, ptr %102, align 64
  %2845 = getelementptr i8, ptr %2817, i64 256
  %2846 = load <16 x float>, ptr %2845, align 4
  %2847 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2819, <16 x float> %2846, <16 x float> %2813)
  store <16 x float> %2847, ptr %80, align 64
  %2848 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2821, <16 x float> %2846, <16 x float> %2814)
  store <16 x float> %2848, ptr %87, align 64
  %2849 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2823, <16 x float> %2846, <16 x float> %2815)
  store <16 x float> %2849, ptr %95, align 64
  %2850 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2825, <16 x float> %2846, <16 x float> %2816)
  store <16 x float> %2850, ptr %103, align 64
  %2851 = getelementptr i8, ptr %24, i64 %1966
  %2852 = load <16 x float>, ptr %2851, align 4
  %2853 = shufflevector <16 x float> %exp2103, <16 x float> poison, <16 x i32> <i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6>
  %2854 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2853, <16 x float> %2852, <16 x float> %2820)
  store <16 x float> %2854, ptr %bacc158, align 64
  %2855 = shufflevector <16 x float> %exp2115, <16 x float> poison, <16 x i32> <i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6>
  %2856 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2855, <16 x float> %2852, <16 x float> %2822)
  store <16 x float> %2856, ptr %83, align 64
  %2857 = shufflevector <16 x float> %exp2127, <16 x float> poison, <16 x i32> <i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6>
  %2858 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2857, <16 x float> %2852, <16 x float> %2824)
  store <16 x float> %2858, ptr %91, align 64
  %2859 = shufflevector <16 x float> %exp2139, <16 x float> poison, <16 x i32> <i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6>
  %2860 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2859, <16 x float> %2852, <16 x float> %2826)
  store <16 x float> %2860, ptr %99, align 64
  %2861 = getelementptr i8, ptr %2851, i64 64
  %2862 = load <16 x float>, ptr %2861, align 4
  %2863 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2853, <16 x float> %2862, <16 x float> %2829)
  store <16 x float> %2863, ptr %77, align 64
  %2864 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2855, <16 x float> %2862, <16 x float> %2830)
  store <16 x float> %2864, ptr %84, align 64
  %2865 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2857, <16 x float> %2862, <16 x float> %2831)
  store <16 x float> %2865, ptr %92, align 64
  %2866 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2859, <16 x float> %2862, <16 x float> %2832)
  store <16 x float> %2866, ptr %100, align 64
  %2867 = getelementptr i8, ptr %2851, i64 128
  %2868 = load <16 x float>, ptr %2867, align 4
  %2869 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2853, <16 x float> %2868, <16 x float> %2835)
  store <16 x float> %2869, ptr %78, align 64
  %2870 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2855, <16 x float> %2868, <16 x float> %2836)
  store <16 x float> %2870, ptr %85, align 64
  %2871 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2857, <16 x float> %2868, <16 x float> %2837)
  store <16 x float> %2871, ptr %93, align 64
  %2872 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2859, <16 x float> %2868, <16 x float> %2838)
  store <16 x float> %2872, ptr %101, align 64
  %2873 = getelementptr i8, ptr %2851, i64 192
  %2874 = load <16 x float>, ptr %2873, align 4
  %2875 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2853, <16 x float> %2874, <16 x float> %2841)
  store <16 x float> %2875, ptr %79, align 64
  %2876 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2855, <16 x float> %2874, <16 x float> %2842)
  store <16 x float> %2876, ptr %86, align 64
  %2877 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2857, <16 x float> %2874, <16 x float> %2843)
  store <16 x float> %2877, ptr %94, align 64
  %2878 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2859, <16 x float> %2874, <16 x float> %2844)
  store <16 x float> %2878, ptr %102, align 64
  %2879 = getelementptr i8, ptr %2851, i64 256
  %2880 = load <16 x float>, ptr %2879, align 4
  %2881 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2853, <16 x float> %2880, <16 x float> %2847)
  store <16 x float> %2881, ptr %80, align 64
  %2882 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2855, <16 x float> %2880, <16 x float> %2848)
  store <16 x float> %2882, ptr %87, align 64
  %2883 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2857, <16 x float> %2880, <16 x float> %2849)
  store <16 x float> %2883, ptr %95, align 64
  %2884 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2859, <16 x float> %2880, <16 x float> %2850)
  store <16 x float> %2884, ptr %103, align 64
  %2885 = getelementptr i8, ptr %24, i64 %2000
  %2886 = load <16 x float>, ptr %2885, align 4
  %2887 = shufflevector <16 x float> %exp2103, <16 x float> poison, <16 x i32> <i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7>
  %2888 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2887, <16 x float> %2886, <16 x float> %2854)
  store <16 x float> %2888, ptr %bacc158, align 64
  %2889 = shufflevector <16 x float> %exp2115, <16 x float> poison, <16 x i32> <i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7>
  %2890 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2889, <16 x float> %2886, <16 x float> %2856)
  store <16 x float> %2890, ptr %83, align 64
  %2891 = shufflevector <16 x float> %exp2127, <16 x float> poison, <16 x i32> <i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7>
  %2892 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2891, <16 x float> %2886, <16 x float> %2858)
  store <16 x float> %2892, ptr %91, align 64
  %2893 = shufflevector <16 x float> %exp2139, <16 x float> poison, <16 x i32> <i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7>
  %2894 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2893, <16 x float> %2886, <16 x float> %2860)
  store <16 x float> %2894, ptr %99, align 64
  %2895 = getelementptr i8, ptr %2885, i64 64
  %2896 = load <16 x float>, ptr %2895, align 4
  %2897 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2887, <16 x float> %2896, <16 x float> %2863)
  store <16 x float> %2897, ptr %77, align 64
  %2898 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2889, <16 x float> %2896, <16 x float> %2864)
  store <16 x float> %2898, ptr %84, align 64
  %2899 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2891, <16 x float> %2896, <16 x float> %2865)
  store <16 x float> %2899, ptr %92, align 64
  %2900 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2893, <16 x float> %2896, <16 x float> %2866)
  store <16 x float> %2900, ptr %100, align 64
  %2901 = getelementptr i8, ptr %2885, i64 128
  %2902 = load <16 x float>, ptr %2901, align 4
  %2903 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2887, <16 x float> %2902, <16 x float> %2869)
  store <16 x float> %2903, ptr %78, align 64
  %2904 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2889, <16 x float> %2902, <16 x float> %2870)
  store <16 x float> %2904, ptr %85, align 64
  %2905 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2891, <16 x float> %2902, <16 x float> %2871)
  store <16 x float> %2905, ptr %93, align 64
  %2906 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2893, <16 x float> %2902, <16 x float> %2872)
  store <16 x float> %2906, ptr %101, align 64
  %2907 = getelementptr i8, ptr %2885, i64 192
  %2908 = load <16 x float>, ptr %2907, align 4
  %2909 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2887, <16 x float> %2908, <16 x float> %2875)
  store <16 x float> %2909, ptr %79, align 64
  %2910 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2889, <16 x float> %2908, <16 x float> %2876)
  store <16 x float> %2910, ptr %86, align 64
  %2911 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2891, <16 x float> %2908, <16 x float> %2877)
  store <16 x float> %2911, ptr %94, align 64
  %2912 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2893, <16 x float> %2908, <16 x float> %2878)
  store <16 x float> %2912, ptr %102, align 64
  %2913 = getelementptr i8, ptr %2885, i64 256
  %2914 = load <16 x float>, ptr %2913, align 4
  %2915 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2887, <16 x float> %2914, <16 x float> %2881)
  store <16 x float> %2915, ptr %80, align 64
  %2916 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2889, <16 x float> %2914, <16 x float> %2882)
  store <16 x float> %2916, ptr %87, align 64
  %2917 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2891, <16 x float> %2914, <16 x float> %2883)
  store <16 x float> %2917, ptr %95, align 64
  %2918 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2893, <16 x float> %2914, <16 x float> %2884)
  store <16 x float> %2918, ptr %103, align 64
  %2919 = getelementptr i8, ptr %24, i64 %2070
  %2920 = load <16 x float>, ptr %2919, align 4
  %2921 = shufflevector <16 x float> %exp2103, <16 x float> poison, <16 x i32> <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %2922 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2921, <16 x float> %2920, <16 x float> %2888)
  store <16 x float> %2922, ptr %bacc158, align 64
  %2923 = shufflevector <16 x float> %exp2115, <16 x float> poison, <16 x i32> <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %2924 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2923, <16 x float> %2920, <16 x float> %2890)
  store <16 x float> %2924, ptr %83, align 64
  %2925 = shufflevector <16 x float> %exp2127, <16 x float> poison, <16 x i32> <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %2926 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2925, <16 x float> %2920, <16 x float> %2892)
  store <16 x float> %2926, ptr %91, align 64
  %2927 = shufflevector <16 x float> %exp2139, <16 x float> poison, <16 x i32> <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %2928 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2927, <16 x float> %2920, <16 x float> %2894)
  store <16 x float> %2928, ptr %99, align 64
  %2929 = getelementptr i8, ptr %2919, i64 64
  %2930 = load <16 x float>, ptr %2929, align 4
  %2931 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2921, <16 x float> %2930, <16 x float> %2897)
  store <16 x float> %2931, ptr %77, align 64
  %2932 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2923, <16 x float> %2930, <16 x float> %2898)
  store <16 x float> %2932, ptr %84, align 64
  %2933 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2925, <16 x float> %2930, <16 x float> %2899)
  store <16 x float> %2933, ptr %92, align 64
  %2934 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2927, <16 x float> %2930, <16 x float> %2900)
  store <16 x float> %2934, ptr %100, align 64
  %2935 = getelementptr i8, ptr %2919, i64 128
  %2936 = load <16 x float>, ptr %2935, align 4
  %2937 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2921, <16 x float> %2936, <16 x float> %2903)
  store <16 x float> %2937, ptr %78, align 64
  %2938 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2923, <16 x float> %2936, <16 x float> %2904)
  store <16 x float> %2938, ptr %85, align 64
  %2939 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2925, <16 x float> %2936, <16 x float> %2905)
  store <16 x float> %2939, ptr %93, align 64
  %2940 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2927, <16 x float> %2936, <16 x float> %2906)
  store <16 x float> %2940, ptr %101, align 64
  %2941 = getelementptr i8, ptr %2919, i64 192
  %2942 = load <16 x float>, ptr %2941, align 4
  %2943 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2921, <16 x float> %2942, <16 x float> %2909)
  store <16 x float> %2943, ptr %79, align 64
  %2944 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2923, <16 x float> %2942, <16 x float> %2910)
  store <16 x float> %2944, ptr %86, align 64
  %2945 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2925, <16 x float> %2942, <16 x float> %2911)
  store <16 x float> %2945, ptr %94, align 64
  %2946 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2927, <16 x float> %2942, <16 x float> %2912)
  store <16 x float> %2946, ptr %102, align 64
  %2947 = getelementptr i8, ptr %2919, i64 256
  %2948 = load <16 x float>, ptr %2947, align 4
  %2949 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2921, <16 x float> %2948, <16 x float> %2915)
  store <16 x float> %2949, ptr %80, align 64
  %2950 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2923, <16 x float> %2948, <16 x float> %2916)
  store <16 x float> %2950, ptr %87, align 64
  %2951 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2925, <16 x float> %2948, <16 x float> %2917)
  store <16 x float> %2951, ptr %95, align 64
  %2952 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2927, <16 x float> %2948, <16 x float> %2918)
  store <16 x float> %2952, ptr %103, align 64
  %2953 = getelementptr i8, ptr %24, i64 %2104
  %2954 = load <16 x float>, ptr %2953, align 4
  %2955 = shufflevector <16 x float> %exp2103, <16 x float> poison, <16 x i32> <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %2956 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2955, <16 x float> %2954, <16 x float> %2922)
  store <16 x float> %2956, ptr %bacc158, align 64
  %2957 = shufflevector <16 x float> %exp2115, <16 x float> poison, <16 x i32> <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %2958 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2957, <16 x float> %2954, <16 x float> %2924)
  store <16 x float> %2958, ptr %83, align 64
  %2959 = shufflevector <16 x float> %exp2127, <16 x float> poison, <16 x i32> <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %2960 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2959, <16 x float> %2954, <16 x float> %2926)
  store <16 x float> %2960, ptr %91, align 64
  %2961 = shufflevector <16 x float> %exp2139, <16 x float> poison, <16 x i32> <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %2962 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2961, <16 x float> %2954, <16 x float> %2928)
  store <16 x float> %2962, ptr %99, align 64
  %2963 = getelementptr i8, ptr %2953, i64 64
  %2964 = load <16 x float>, ptr %2963, align 4
  %2965 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2955, <16 x float> %2964, <16 x float> %2931)
  store <16 x float> %2965, ptr %77, align 64
  %2966 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2957, <16 x float> %2964, <16 x float> %2932)
  store <16 x float> %2966, ptr %84, align 64
  %2967 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2959, <16 x float> %2964, <16 x float> %2933)
  store <16 x float> %2967, ptr %92, align 64
  %2968 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2961, <16 x float> %2964, <16 x float> %2934)
  store <16 x float> %2968, ptr %100, align 64
  %2969 = getelementptr i8, ptr %2953, i64 128
  %2970 = load <16 x float>, ptr %2969, align 4
  %2971 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2955, <16 x float> %2970, <16 x float> %2937)
  store <16 x float> %2971, ptr %78, align 64
  %2972 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2957, <16 x float> %2970, <16 x float> %2938)
  store <16 x float> %2972, ptr %85, align 64
  %2973 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2959, <16 x float> %2970, <16 x float> %2939)
  store <16 x float> %2973, ptr %93, align 64
  %2974 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2961, <16 x float> %2970, <16 x float> %2940)
  store <16 x float> %2974, ptr %101, align 64
  %2975 = getelementptr i8, ptr %2953, i64 192
  %2976 = load <16 x float>, ptr %2975, align 4
  %2977 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2955, <16 x float> %2976, <16 x float> %2943)
  store <16 x float> %2977, ptr %79, align 64
  %2978 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2957, <16 x float> %2976, <16 x float> %2944)
  store <16 x float> %2978, ptr %86, align 64
  %2979 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2959, <16 x float> %2976, <16 x float> %2945)
  store <16 x float> %2979, ptr %94, align 64
  %2980 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2961, <16 x float> %2976, <16 x float> %2946)
  store <16 x float> %2980, ptr %102, align 64
  %2981 = getelementptr i8, ptr %2953, i64 256
  %2982 = load <16 x float>, ptr %2981, align 4
  %2983 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2955, <16 x float> %2982, <16 x float> %2949)
  store <16 x float> %2983, ptr %80, align 64
  %2984 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2957, <16 x float> %2982, <16 x float> %2950)
  store <16 x float> %2984, ptr %87, align 64
  %2985 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2959, <16 x float> %2982, <16 x float> %2951)
  store <16 x float> %2985, ptr %95, align 64
  %2986 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2961, <16 x float> %2982, <16 x float> %2952)
  store <16 x float> %2986, ptr %103, align 64
  %2987 = getelementptr i8, ptr %24, i64 %2150
  %2988 = load <16 x float>, ptr %2987, align 4
  %2989 = shufflevector <16 x float> %exp2103, <16 x float> poison, <16 x i32> <i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10>
  %2990 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2989, <16 x float> %2988, <16 x float> %2956)
  store <16 x float> %2990, ptr %bacc158, align 64
  %2991 = shufflevector <16 x float> %exp2115, <16 x float> poison, <16 x i32> <i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10>
  %2992 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2991, <16 x float> %2988, <16 x float> %2958)
  store <16 x float> %2992, ptr %83, align 64
  %2993 = shufflevector <16 x float> %exp2127, <16 x float> poison, <16 x i32> <i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10>
  %2994 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2993, <16 x float> %2988, <16 x float> %2960)
  store <16 x float> %2994, ptr %91, align 64
  %2995 = shufflevector <16 x float> %exp2139, <16 x float> poison, <16 x i32> <i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10>
  %2996 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2995, <16 x float> %2988, <16 x float> %2962)
  store <16 x float> %2996, ptr %99, align 64
  %2997 = getelementptr i8, ptr %2987, i64 64
  %2998 = load <16 x float>, ptr %2997, align 4
  %2999 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2989, <16 x float> %2998, <16 x float> %2965)
  store <16 x float> %2999, ptr %77, align 64
  %3000 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2991, <16 x float> %2998, <16 x float> %2966)
  store <16 x float> %3000, ptr %84, align 64
  %3001 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2993, <16 x float> %2998, <16 x float> %2967)
  store <16 x float> %3001, ptr %92, align 64
  %3002 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2995, <16 x float> %2998, <16 x float> %2968)
  store <16 x float> %3002, ptr %100, align 64
  %3003 = getelementptr i8, ptr %2987, i64 128
  %3004 = load <16 x float>, ptr %3003, align 4
  %3005 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2989, <16 x float> %3004, <16 x float> %2971)
  store <16 x float> %3005, ptr %78, align 64
  %3006 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2991, <16 x float> %3004, <16 x float> %2972)
  store <16 x float> %3006, ptr %85, align 64
  %3007 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2993, <16 x float> %3004, <16 x float> %2973)
  store <16 x float> %3007, ptr %93, align 64
  %3008 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2995, <16 x float> %3004, <16 x float> %2974)
  store <16 x float> %3008, ptr %101, align 64
  %3009 = getelementptr i8, ptr %2987, i64 192
  %3010 = load <16 x float>, ptr %3009, align 4
  %3011 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2989, <16 x float> %3010, <16 x float> %2977)
  store <16 x float> %3011, ptr %79, align 64
  %3012 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2991, <16 x float> %3010, <16 x float> %2978)
  store <16 x float> %3012, ptr %86, align 64
  %3013 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2993, <16 x float> %3010, <16 x float> %2979)
  store <16 x float> %3013, ptr %94, align 64
  %3014 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2995, <16 x float> %3010, <16 x float> %2980)
  store <16 x float> %3014, ptr %102, align 64
  %3015 = getelementptr i8, ptr %2987, i64 256
  %3016 = load <16 x float>, ptr %3015, align 4
  %3017 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2989, <16 x float> %3016, <16 x float> %2983)
  store <16 x float> %3017, ptr %80, align 64
  %3018 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2991, <16 x float> %3016, <16 x float> %2984)
  store <16 x float> %3018, ptr %87, align 64
  %3019 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2993, <16 x float> %3016, <16 x float> %2985)
  store <16 x float> %3019, ptr %95, align 64
  %3020 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2995, <16 x float> %3016, <16 x float> %2986)
  store <16 x float> %3020, ptr %103, align 64
  %3021 = getelementptr i8, ptr %24, i64 %2184
  %3022 = load <16 x float>, ptr %3021, align 4
  %3023 = shufflevector <16 x float> %exp2103, <16 x float> poison, <16 x i32> <i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11>
  %3024 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3023, <16 x float> %3022, <16 x float> %2990)
  store <16 x float> %3024, ptr %bacc158, align 64
  %3025 = shufflevector <16 x float> %exp2115, <16 x float> poison, <16 x i32> <i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11>
  %3026 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3025, <16 x float> %3022, <16 x float> %2992)
  store <16 x float> %3026, ptr %83, align 64
  %3027 = shufflevector <16 x float> %exp2127, <16 x float> poison, <16 x i32> <i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11>
  %3028 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3027, <16 x float> %3022, <16 x float> %2994)
  store <16 x float> %3028, ptr %91, align 64
  %3029 = shufflevector <16 x float> %exp2139, <16 x float> poison, <16 x i32> <i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11>
  %3030 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3029, <16 x float> %3022, <16 x float> %2996)
  store <16 x float> %3030, ptr %99, align 64
  %3031 = getelementptr i8, ptr %3021, i64 64
  %3032 = load <16 x float>, ptr %3031, align 4
  %3033 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3023, <16 x float> %3032, <16 x float> %2999)
  store <16 x float> %3033, ptr %77, align 64
  %3034 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3025, <16 x float> %3032, <16 x float> %3000)
  store <16 x float> %3034, ptr %84, align 64
  %3035 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3027, <16 x float> %3032, <16 x float> %3001)
  store <16 x float> %3035, ptr %92, align 64
  %3036 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3029, <16 x float> %3032, <16 x float> %3002)
  store <16 x float> %3036, ptr %100, align 64
  %3037 = getelementptr i8, ptr %3021, i64 128
  %3038 = load <16 x float>, ptr %3037, align 4
  %3039 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3023, <16 x float> %3038, <16 x float> %3005)
  store <16 x float> %3039, ptr %78, align 64
  %3040 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3025, <16 x float> %3038, <16 x float> %3006)
  store <16 x float> %3040, ptr %85, align 64
  %3041 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3027, <16 x float> %3038, <16 x float> %3007)
  store <16 x float> %3041, ptr %93, align 64
  %3042 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3029, <16 x float> %3038, <16 x float> %3008)
  store <16 x float> %3042, ptr %101, align 64
  %3043 = getelementptr i8, ptr %3021, i64 192
  %3044 = load <16 x float>, ptr %3043, align 4
  %3045 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3023, <16 x float> %3044, <16 x float> %3011)
  store <16 x float> %3045, ptr %79, align 64
  %3046 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3025, <16 x float> %3044, <16 x float> %3012)
  store <16 x float> %3046, ptr %86, align 64
  %3047 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3027, <16 x float> %3044, <16 x float> %3013)
  store <16 x float> %3047, ptr %94, align 64
  %3048 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3029, <16 x float> %3044, <16 x float> %3014)
  store <16 x float> %3048, ptr %102, align 64
  %3049 = getelementptr i8, ptr %3021, i64 256
  %3050 = load <16 x float>, ptr %3049, align 4
  %3051 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3023, <16 x float> %3050, <16 x float> %3017)
  store <16 x float> %3051, ptr %80, align 64
  %3052 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3025, <16 x float> %3050, <16 x float> %3018)
  store <16 x float> %3052, ptr %87, align 64
  %3053 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3027, <16 x float> %3050, <16 x float> %3019)
  store <16 x float> %3053, ptr %95, align 64
  %3054 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3029, <16 x float> %3050, <16 x float> %3020)
  store <16 x float> %3054, ptr %103, align 64
  %3055 = getelementptr i8, ptr %24, i64 %2242
  %3056 = load <16 x float>, ptr %3055, align 4
  %3057 = shufflevector <16 x float> %exp2103, <16 x float> poison, <16 x i32> <i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12>
  %3058 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3057, <16 x float> %3056, <16 x float> %3024)
  store <16 x float> %3058, ptr %bacc158, align 64
  %3059 = shufflevector <16 x float> %exp2115, <16 x float> poison, <16 x i32> <i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12>
  %3060 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3059, <16 x float> %3056, <16 x float> %3026)
  store <16 x float> %3060, ptr %83, align 64
  %3061 = shufflevector <16 x float> %exp2127, <16 x float> poison, <16 x i32> <i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12>
  %3062 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3061, <16 x float> %3056, <16 x float> %3028)
  store <16 x float> %3062, ptr %91, align 64
  %3063 = shufflevector <16 x float> %exp2139, <16 x float> poison, <16 x i32> <i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12>
  %3064 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3063, <16 x float> %3056, <16 x float> %3030)
  store <16 x float> %3064, ptr %99, align 64
  %3065 = getelementptr i8, ptr %3055, i64 64
  %3066 = load <16 x float>, ptr %3065, align 4
  %3067 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3057, <16 x float> %3066, <16 x float> %3033)
  store <16 x float> %3067, ptr %77, align 64
  %3068 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3059, <16 x float> %3066, <16 x float> %3034)
  store <16 x float> %3068, ptr %84, align 64
  %3069 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3061, <16 x float> %3066, <16 x float> %3035)
  store <16 x float> %3069, ptr %92, align 64
  %3070 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3063, <16 x float> %3066, <16 x float> %3036)
  store <16 x float> %3070, ptr %100, align 64
  %3071 = getelementptr i8, ptr %3055, i64 128
  %3072 = load <16 x float>, ptr %3071, align 4
  %3073 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3057, <16 x float> %3072, <16 x float> %3039)
  store <16 x float> %3073, ptr %78, align 64
  %3074 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3059, <16 x float> %3072, <16 x float> %3040)
  store <16 x float> %3074, ptr %85, align 64
  %3075 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3061, <16 x float> %3072, <16 x float> %3041)
  store <16 x float> %3075, ptr %93, align 64
  %3076 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3063, <16 x float> %3072, <16 x float> %3042)
  store <16 x float> %3076, ptr %101, align 64
  %3077 = getelementptr i8, ptr %3055, i64 192
  %3078 = load <16 x float>, ptr %3077, align 4
  %3079 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3057, <16 x float> %3078, <16 x float> %3045)
  store <16 x float> %3079, ptr %79, align 64
  %3080 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3059, <16 x float> %3078, <16 x float> %3046)
  store <16 x float> %3080, ptr %86, align 64
  %3081 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3061, <16 x float> %3078, <16 x float> %3047)
  store <16 x float> %3081, ptr %94, align 64
  %3082 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3063, <16 x float> %3078, <16 x float> %3048)
  store <16 x float> %3082, ptr %102, align 64
  %3083 = getelementptr i8, ptr %3055, i64 256
  %3084 = load <16 x float>, ptr %3083, align 4
  %3085 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3057, <16 x float> %3084, <16 x float> %3051)
  store <16 x float> %3085, ptr %80, align 64
  %3086 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3059, <16 x float> %3084, <16 x float> %3052)
  store <16 x float> %3086, ptr %87, align 64
  %3087 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3061, <16 x float> %3084, <16 x float> %3053)
  store <16 x float> %3087, ptr %95, align 64
  %3088 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3063, <16 x float> %3084, <16 x float> %3054)
  store <16 x float> %3088, ptr %103, align 64
  %3089 = getelementptr i8, ptr %24, i64 %2276
  %3090 = load <16 x float>, ptr %3089, align 4
  %3091 = shufflevector <16 x float> %exp2103, <16 x float> poison, <16 x i32> <i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13>
  %3092 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3091, <16 x float> %3090, <16 x float> %3058)
  store <16 x float> %3092, ptr %bacc158, align 64
  %3093 = shufflevector <16 x float> %exp2115, <16 x float> poison, <16 x i32> <i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13>
  %3094 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3093, <16 x float> %3090, <16 x float> %3060)
  store <16 x float> %3094, ptr %83, align 64
  %3095 = shufflevector <16 x float> %exp2127, <16 x float> poison, <16 x i32> <i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13>
  %3096 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3095, <16 x float> %3090, <16 x float> %3062)
  store <16 x float> %3096, ptr %91, align 64
  %3097 = shufflevector <16 x float> %exp2139, <16 x float> poison, <16 x i32> <i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13>
  %3098 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3097, <16 x float> %3090, <16 x float> %3064)
  store <16 x float> %3098, ptr %99, align 64
  %3099 = getelementptr i8, ptr %3089, i64 64
  %3100 = load <16 x float>, ptr %3099, align 4
  %3101 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3091, <16 x float> %3100, <16 x float> %3067)
  store <16 x float> %3101, ptr %77, align 64
  %3102 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3093, <16 x float> %3100, <16 x float> %3068)
  store <16 x float> %3102, ptr %84, align 64
  %3103 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3095, <16 x float> %3100, <16 x float> %3069)
  store <16 x float> %3103, ptr %92, align 64
  %3104 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3097, <16 x float> %3100, <16 x float> %3070)
  store <16 x float> %3104, ptr %100, align 64
  %3105 = getelementptr i8, ptr %3089, i64 128
  %3106 = load <16 x float>, ptr %3105, align 4
  %3107 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3091, <16 x float> %3106, <16 x float> %3073)
  store <16 x float> %3107, ptr %78, align 64
  %3108 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3093, <16 x float> %3106, <16 x float> %3074)
  store <16 x float> %3108, ptr %85, align 64
  %3109 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3095, <16 x float> %3106, <16 x float> %3075)
  store <16 x float> %3109, ptr %93, align 64
  %3110 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3097, <16 x float> %3106, <16 x float> %3076)
  store <16 x float> %3110, ptr %101, align 64
  %3111 = getelementptr i8, ptr %3089, i64 192
  %3112 = load <16 x float>, ptr %3111, align 4
  %3113 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3091, <16 x float> %3112, <16 x float> %3079)
  store <16 x float> %3113, ptr %79, align 64
  %3114 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3093, <16 x float> %3112, <16 x float> %3080)
  store <16 x float> %3114, ptr %86, align 64
  %3115 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3095, <16 x float> %3112, <16 x float> %3081)
  store <16 x float> %3115, ptr %94, align 64
  %3116 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3097, <16 x float> %3112, <16 x float> %3082)
  store <16 x float> %3116, ptr %102, align 64
  %3117 = getelementptr i8, ptr %3089, i64 256
  %3118 = load <16 x float>, ptr %3117, align 4
  %3119 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3091, <16 x float> %3118, <16 x float> %3085)
  store <16 x float> %3119, ptr %80, align 64
  %3120 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3093, <16 x float> %3118, <16 x float> %3086)
  store <16 x float> %3120, ptr %87, align 64
  %3121 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3095, <16 x float> %3118, <16 x float> %3087)
  store <16 x float> %3121, ptr %95, align 64
  %3122 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3097, <16 x float> %3118, <16 x float> %3088)
  store <16 x float> %3122, ptr %103, align 64
  %3123 = getelementptr i8, ptr %24, i64 %2322
  %3124 = load <16 x float>, ptr %3123, align 4
  %3125 = shufflevector <16 x float> %exp2103, <16 x float> poison, <16 x i32> <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %3126 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3125, <16 x float> %3124, <16 x float> %3092)
  store <16 x float> %3126, ptr %bacc158, align 64
  %3127 = shufflevector <16 x float> %exp2115, <16 x float> poison, <16 x i32> <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %3128 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3127, <16 x float> %3124, <16 x float> %3094)
  store <16 x float> %3128, ptr %83, align 64
  %3129 = shufflevector <16 x float> %exp2127, <16 x float> poison, <16 x i32> <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %3130 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3129, <16 x float> %3124, <16 x float> %3096)
  store <16 x float> %3130, ptr %91, align 64
  %3131 = shufflevector <16 x float> %exp2139, <16 x float> poison, <16 x i32> <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %3132 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3131, <16 x float> %3124, <16 x float> %3098)
  store <16 x float> %3132, ptr %99, align 64
  %3133 = getelementptr i8, ptr %3123, i64 64
  %3134 = load <16 x float>, ptr %3133, align 4
  %3135 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3125, <16 x float> %3134, <16 x float> %3101)
  store <16 x float> %3135, ptr %77, align 64
  %3136 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3127, <16 x float> %3134, <16 x float> %3102)
  store <16 x float> %3136, ptr %84, align 64
  %3137 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3129, <16 x float> %3134, <16 x float> %3103)
  store <16 x float> %3137, ptr %92, align 64
  %3138 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3131, <16 x float> %3134, <16 x float> %3104)
  store <16 x float> %3138, ptr %100, align 64
  %3139 = getelementptr i8, ptr %3123, i64 128
  %3140 = load <16 x float>, ptr %3139, align 4
  %3141 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3125, <16 x float> %3140, <16 x float> %3107)
  store <16 x float> %3141, ptr %78, align 64
  %3142 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3127, <16 x float> %3140, <16 x float> %3108)
  store <16 x float> %3142, ptr %85, align 64
  %3143 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3129, <16 x float> %3140, <16 x float> %3109)
  store <16 x float> %3143, ptr %93, align 64
  %3144 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3131, <16 x float> %3140, <16 x float> %3110)
  store <16 x float> %3144, ptr %101, align 64
  %3145 = getelementptr i8, ptr %3123, i64 192
  %3146 = load <16 x float>, ptr %3145, align 4
  %3147 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3125, <16 x float> %3146, <16 x float> %3113)
  store <16 x float> %3147, ptr %79, align 64
  %3148 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3127, <16 x float> %3146, <16 x float> %3114)
  store <16 x float> %3148, ptr %86, align 64
  %3149 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3129, <16 x float> %3146, <16 x float> %3115)
  store <16 x float> %3149, ptr %94, align 64
  %3150 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3131, <16 x float> %3146, <16 x float> %3116)
  store <16 x float> %3150, ptr %102, align 64
  %3151 = getelementptr i8, ptr %3123, i64 256
  %3152 = load <16 x float>, ptr %3151, align 4
  %3153 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3125, <16 x float> %3152, <16 x float> %3119)
  store <16 x float> %3153, ptr %80, align 64
  %3154 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3127, <16 x float> %3152, <16 x float> %3120)
  store <16 x float> %3154, ptr %87, align 64
  %3155 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3129, <16 x float> %3152, <16 x float> %3121)
  store <16 x float> %3155, ptr %95, align 64
  %3156 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3131, <16 x float> %3152, <16 x float> %3122)
  store <16 x float> %3156, ptr %103, align 64
  %3157 = getelementptr i8, ptr %24, i64 %2356
  %3158 = load <16 x float>, ptr %3157, align 4
  %3159 = shufflevector <16 x float> %exp2103, <16 x float> poison, <16 x i32> <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %3160 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3159, <16 x float> %3158, <16 x float> %3126)
  store <16 x float> %3160, ptr %bacc158, align 64
  %3161 = shufflevector <16 x float> %exp2115, <16 x float> poison, <16 x i32> <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %3162 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3161, <16 x float> %3158, <16 x float> %3128)
  store <16 x float> %3162, ptr %83, align 64
  %3163 = shufflevector <16 x float> %exp2127, <16 x float> poison, <16 x i32> <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %3164 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3163, <16 x float> %3158, <16 x float> %3130)
  store <16 x float> %3164, ptr %91, align 64
  %3165 = shufflevector <16 x float> %exp2139, <16 x float> poison, <16 x i32> <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %3166 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3165, <16 x float> %3158, <16 x float> %3132)
  store <16 x float> %3166, ptr %99, align 64
  %3167 = getelementptr i8, ptr %3157, i64 64
  %3168 = load <16 x float>, ptr %3167, align 4
  %3169 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3159, <16 x float> %3168, <16 x float> %3135)
  store <16 x float> %3169, ptr %77, align 64
  %3170 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3161, <16 x float> %3168, <16 x float> %3136)
  store <16 x float> %3170, ptr %84, align 64
  %3171 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3163, <16 x float> %3168, <16 x float> %3137)
  store <16 x float> %3171, ptr %92, align 64
  %3172 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3165, <16 x float> %3168, <16 x float> %3138)
  store <16 x float> %3172, ptr %100, align 64
  %3173 = getelementptr i8, ptr %3157, i64 128
  %3174 = load <16 x float>, ptr %3173, align 4
  %3175 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3159, <16 x float> %3174, <16 x float> %3141)
  store <16 x float> %3175, ptr %78, align 64
  %3176 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3161, <16 x float> %3174, <16 x float> %3142)
  store <16 x float> %3176, ptr %85, align 64
  %3177 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3163, <16 x float> %3174, <16 x float> %3143)
  store <16 x float> %3177, ptr %93, align 64
  %3178 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3165, <16 x float> %3174, <16 x float> %3144)
  store <16 x float> %3178, ptr %101, align 64
  %3179 = getelementptr i8, ptr %3157, i64 192
  %3180 = load <16 x float>, ptr %3179, align 4
  %3181 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3159, <16 x float> %3180, <16 x float> %3147)
  store <16 x float> %3181, ptr %79, align 64
  %3182 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3161, <16 x float> %3180, <16 x float> %3148)
  store <16 x float> %3182, ptr %86, align 64
  %3183 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3163, <16 x float> %3180, <16 x float> %3149)
  store <16 x float> %3183, ptr %94, align 64
  %3184 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3165, <16 x float> %3180, <16 x float> %3150)
  store <16 x float> %3184, ptr %102, align 64
  %3185 = getelementptr i8, ptr %3157, i64 256
  %3186 = load <16 x float>, ptr %3185, align 4
  %3187 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3159, <16 x float> %3186, <16 x float> %3153)
  store <16 x float> %3187, ptr %80, align 64
  %3188 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3161, <16 x float> %3186, <16 x float> %3154)
  store <16 x float> %3188, ptr %87, align 64
  %3189 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3163, <16 x float> %3186, <16 x float> %3155)
  store <16 x float> %3189, ptr %95, align 64
  %3190 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3165, <16 x float> %3186, <16 x float> %3156)
  store <16 x float> %3190, ptr %103, align 64
  %3191 = add nsw i32 %kmask72, 16
  br label %kmask

exit71:                                           ; preds = %kmask
  %3192 = load float, ptr %bm160, align 4
  store float %3192, ptr %132, align 4
  %3193 = load <16 x float>, ptr %bl159, align 64
  store <16 x float> %3193, ptr %133, align 64
  %3194 = load <16 x float>, ptr %bacc158, align 64
  store <16 x float> %3194, ptr %137, align 64
  %3195 = load <16 x float>, ptr %77, align 64
  store <16 x float> %3195, ptr %140, align 64
  %3196 = load <16 x float>, ptr %78, align 64
  store <16 x float> %3196, ptr %143, align 64
  %3197 = load <16 x float>, ptr %79, align 64
  store <16 x float> %3197, ptr %146, align 64
  %3198 = load <16 x float>, ptr %80, align 64
  store <16 x float> %3198, ptr %149, align 64
  %3199 = load float, ptr %81, align 4
  store float %3199, ptr %152, align 4
  %3200 = load <16 x float>, ptr %82, align 64
  store <16 x float> %3200, ptr %153, align 64
  %3201 = load <16 x float>, ptr %83, align 64
  store <16 x float> %3201, ptr %157, align 64
  %3202 = load <16 x float>, ptr %84, align 64
  store <16 x float> %3202, ptr %160, align 64
  %3203 = load <16 x float>, ptr %85, align 64
  store <16 x float> %3203, ptr %163, align 64
  %3204 = load <16 x float>, ptr %86, align 64
  store <16 x float> %3204, ptr %166, align 64
  %3205 = load <16 x float>, ptr %87, align 64
  store <16 x float> %3205, ptr %169, align 64
  %3206 = load float, ptr %89, align 4
  store float %3206, ptr %179, align 4
  %3207 = load <16 x float>, ptr %90, align 64
  store <16 x float> %3207, ptr %180, align 64
  store <16 x float> %1710, ptr %184, align 64
  store <16 x float> %1709, ptr %187, align 64
  store <16 x float> %1708, ptr %190, align 64
  store <16 x float> %1707, ptr %193, align 64
  store <16 x float> %1706, ptr %196, align 64
  %3208 = load float, ptr %97, align 4
  store float %3208, ptr %206, align 4
  %3209 = load <16 x float>, ptr %98, align 64
  store <16 x float> %3209, ptr %207, align 64
  store <16 x float> %1705, ptr %211, align 64
  store <16 x float> %1704, ptr %214, align 64
  store <16 x float> %1703, ptr %217, align 64
  store <16 x float> %1702, ptr %220, align 64
  store <16 x float> %1701, ptr %223, align 64
  br label %join

orow141:                                          ; preds = %orow141.preheader, %written
  %orow145 = phi i32 [ %3254, %written ], [ 0, %orow141.preheader ]
  %3210 = icmp slt i32 %orow145, %nrows
  br i1 %3210, label %body142, label %done

body142:                                          ; preds = %orow141
  %3211 = zext nneg i32 %orow145 to i64
  %3212 = getelementptr float, ptr %ms161, i64 %3211
  %m146 = load float, ptr %3212, align 4
  %3213 = getelementptr <16 x float>, ptr %ls162, i64 %3211
  %3214 = load <16 x float>, ptr %3213, align 64
  %3215 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %3214)
  %3216 = mul nuw nsw i64 %3211, 5
  %3217 = getelementptr <16 x float>, ptr %accs163, i64 %3216
  %3218 = load <16 x float>, ptr %3217, align 64
  %gep = getelementptr <16 x float>, ptr %invariant.gep, i64 %3216
  %3219 = load <16 x float>, ptr %gep, align 64
  %gep166 = getelementptr <16 x float>, ptr %invariant.gep165, i64 %3216
  %3220 = load <16 x float>, ptr %gep166, align 64
  %gep168 = getelementptr <16 x float>, ptr %invariant.gep167, i64 %3216
  %3221 = load <16 x float>, ptr %gep168, align 64
  %gep170 = getelementptr <16 x float>, ptr %invariant.gep169, i64 %3216
  %3222 = load <16 x float>, ptr %gep170, align 64
  br i1 %.not, label %final, label %partial

partial:                                          ; preds = %body142
  %.idx = mul nuw nsw i64 %3211, 320
  %3223 = getelementptr i8, ptr %part, i64 %.idx
  store <16 x float> %3218, ptr %3223, align 4
  %3224 = getelementptr i8, ptr %3223, i64 64
  store <16 x float> %3219, ptr %3224, align 4
  %3225 = getelementptr i8, ptr %3223, i64 128
  store <16 x float> %3220, ptr %3225, align 4
  %3226 = getelementptr i8, ptr %3223, i64 192
  store <16 x float> %3221, ptr %3226, align 4
  %3227 = getelementptr i8, ptr %3223, i64 256
  store <16 x float> %3222, ptr %3227, align 4
  %3228 = add nuw nsw i64 %109, %3211
  %3229 = getelementptr float, ptr %part, i64 %3228
  store float %m146, ptr %3229, align 4
  %gep172 = getelementptr float, ptr %invariant.gep171, i64 %3228
  store float %3215, ptr %gep172, align 4
  br label %written

final:                                            ; preds = %body142
  %3230 = sdiv i32 %orow145, %nh
  %qi147 = add i32 %q_begin, %3230
  %3231 = srem i32 %orow145, %nh
  %h148 = add i32 %h_begin, %3231
  %hq149 = add i32 %kv_head, %h148
  %3232 = sext i32 %qi147 to i64
  %3233 = add i64 %q_row0, %3232
  %3234 = shl i64 %3233, 5
  %3235 = sext i32 %hq149 to i64
  %orow150 = add i64 %3234, %3235
  %3236 = fcmp oeq float %3215, 0.000000e+00
  %3237 = fdiv float 1.000000e+00, %3215
  %3238 = select i1 %3236, float 0.000000e+00, float %3237
  %3239 = mul i64 %orow150, 320
  %3240 = getelementptr i8, ptr %out, i64 %3239
  %3241 = insertelement <16 x float> poison, float %3238, i64 0
  %splat151 = shufflevector <16 x float> %3241, <16 x float> poison, <16 x i32> zeroinitializer
  %3242 = fmul <16 x float> %3218, %splat151
  store <16 x float> %3242, ptr %3240, align 4
  %3243 = fmul <16 x float> %3219, %splat151
  %3244 = getelementptr i8, ptr %3240, i64 64
  store <16 x float> %3243, ptr %3244, align 4
  %3245 = fmul <16 x float> %3220, %splat151
  %3246 = getelementptr i8, ptr %3240, i64 128
  store <16 x float> %3245, ptr %3246, align 4
  %3247 = fmul <16 x float> %3221, %splat151
  %3248 = getelementptr i8, ptr %3240, i64 192
  store <16 x float> %3247, ptr %3248, align 4
  %3249 = fmul <16 x float> %3222, %splat151
  %3250 = getelementptr i8, ptr %3240, i64 256
  store <16 x float> %3249, ptr %3250, align 4
  %3251 = call float @llvm.log.f32(float %3215)
  %3252 = call float @llvm.fmuladd.f32(float %m146, float 0x3FE62E4300000000, float %3251)
  %lse156 = select i1 %3236, float 0xFFF0000000000000, float %3252
  %3253 = getelementptr float, ptr %lse, i64 %orow150
  store float %lse156, ptr %3253, align 4
  br label %written

written:                                          ; preds = %final, %partial
  %3254 = add nuw nsw i32 %orow145, 1
  br label %orow141
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fmax.v16f32(<16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fadd.v16f32(float, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @prefill_d80(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr nonnull @prefill_d80_kernel, ptr %0) #2
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @prefill_d80_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr nonnull @prefill_d80_kernel, ptr %0) #2
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @prefill_d80_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr nonnull @prefill_d80_kernel, ptr %0, i64 %1) #2
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @prefill_d80_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr nonnull @prefill_d80_kernel, ptr %0) #2
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @prefill_d80_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr nonnull @prefill_d80_kernel, ptr %0) #2
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @prefill_d80_info() #0 {
entry:
  ret ptr @prefill_d80_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind }
